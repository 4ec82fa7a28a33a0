package dev.syndiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The public and test bundles that the exactness tests run over: their folders, files and texts. */
public final class TestBundles {
    public static final List<String> DIRS = List.of("samples/macron-putin-2022", "samples/harbour-strike",
            "src/test/resources/bundles/rtl-desk", "src/test/resources/bundles/scripts-desk");

    private TestBundles() {
    }

    /** Every file of the four bundles, each bundle's in name order. */
    public static List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (String dir : DIRS) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                out.addAll(files.sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The text of every file, as UTF-8, in the order of {@link #files()}. */
    public static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Path f : files()) {
            try {
                out.add(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
