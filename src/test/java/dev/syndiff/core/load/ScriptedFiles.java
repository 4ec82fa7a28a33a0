package dev.syndiff.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A test double over the real seam: files named in {@code unreadable} fail to open; opens are counted. */
final class ScriptedFiles implements BundleFiles {
    private final BundleFiles real = BundleFiles.system();
    private final Set<String> unreadable;
    final List<Path> opened = new ArrayList<>();

    ScriptedFiles(Set<String> unreadable) {
        this.unreadable = unreadable;
    }

    @Override
    public boolean exists(Path path) {
        return real.exists(path);
    }

    @Override
    public boolean isDirectory(Path path) {
        return real.isDirectory(path);
    }

    @Override
    public boolean isSymbolicLink(Path path) {
        return real.isSymbolicLink(path);
    }

    @Override
    public List<Path> list(Path folder) throws IOException {
        return real.list(folder);
    }

    @Override
    public long size(Path file) throws IOException {
        return real.size(file);
    }

    @Override
    public Path realPath(Path path) throws IOException {
        return real.realPath(path);
    }

    @Override
    public InputStream open(Path file) throws IOException {
        opened.add(file);
        if (unreadable.contains(file.getFileName().toString())) {
            throw new AccessDeniedException(file.toString(), null, "Permission denied");
        }
        return real.open(file);
    }
}
