package dev.syndiff.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The loader's only door to the file system, read-only. Tests put a double here to make a
 * file unreadable (CI runs as root, so permissions cannot); any NIO file system (Jimfs) works
 * through {@link #system()}.
 */
public interface BundleFiles {
    boolean exists(Path path);

    /** True for a folder, following symlinks. */
    boolean isDirectory(Path path);

    boolean isSymbolicLink(Path path);

    /** The folder's entries, in no particular order. */
    List<Path> list(Path folder) throws IOException;

    long size(Path file) throws IOException;

    /** The path with every symlink resolved; throws on a loop or a dangling link. */
    Path realPath(Path path) throws IOException;

    InputStream open(Path file) throws IOException;

    static BundleFiles system() {
        return NioBundleFiles.INSTANCE;
    }
}
