package dev.syndiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sample bundle that ships inside the jar (pom.xml copies samples/ to
 * dev/syndiff/samples/). Run from classes on disk it is read in place; run from a jar its
 * files are copied to a temp folder, so the loader reads them exactly like a user's bundle
 * (same encoding detection, same limits), and the folder is deleted on close.
 */
final class SampleBundle implements AutoCloseable {
    static final String NAME = "macron-putin-2022";
    /** The path the report names for the sample, the same as running from the repository. */
    static final String DISPLAY_PATH = "samples/" + NAME;
    static final String RESOURCE = "dev/syndiff/samples/" + NAME;

    private final Path folder;
    private final Path tempRoot;

    private SampleBundle(Path folder, Path tempRoot) {
        this.folder = folder;
        this.tempRoot = tempRoot;
    }

    Path folder() {
        return folder;
    }

    static SampleBundle open() {
        try {
            return open(Path.of(SampleBundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            throw new CliFailure("the embedded sample bundle cannot be located (" + e.getMessage() + ")");
        }
    }

    /** @param codeSource the folder of classes or the jar this program runs from */
    static SampleBundle open(Path codeSource) {
        try {
            if (Files.isDirectory(codeSource)) {
                Path dir = codeSource.resolve(RESOURCE);
                if (Files.isDirectory(dir)) {
                    return new SampleBundle(dir, null);
                }
            } else if (Files.isRegularFile(codeSource)) {
                // ZipFile shares the class loader's open index of the jar; a zip FileSystem would
                // index all its ~37,000 entries again (about 0.3 s of the viewer's start)
                try (ZipFile jar = new ZipFile(codeSource.toFile())) {
                    List<? extends ZipEntry> files = jar.stream()
                            .filter(e -> !e.isDirectory() && e.getName().startsWith(RESOURCE + "/")
                                    && e.getName().indexOf('/', RESOURCE.length() + 1) < 0)
                            .toList();
                    if (!files.isEmpty()) {
                        return extract(jar, files);
                    }
                }
            }
        } catch (IOException e) {
            throw new CliFailure("the embedded sample bundle cannot be read: " + e.getMessage());
        }
        throw new CliFailure("the embedded sample bundle is missing from " + codeSource);
    }

    private static SampleBundle extract(ZipFile jar, List<? extends ZipEntry> files) throws IOException {
        Path root = Files.createTempDirectory("syndiff-sample-");
        Path target = root.resolve(NAME);
        Files.createDirectories(target);
        try {
            for (ZipEntry f : files) {
                try (InputStream in = jar.getInputStream(f)) {
                    Files.copy(in, target.resolve(f.getName().substring(RESOURCE.length() + 1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(root);
            throw e;
        }
        return new SampleBundle(target, root);
    }

    @Override
    public void close() {
        if (tempRoot != null) {
            deleteTree(tempRoot);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover copy in the temp folder harms nobody
        }
    }
}
