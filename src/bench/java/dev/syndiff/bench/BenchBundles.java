package dev.syndiff.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Synthetic bundles on disk for the benchmarks, made once per size under target/bench-bundles. */
final class BenchBundles {
    static final Path SEED = Path.of("samples/macron-putin-2022");
    static final Path ROOT = Path.of("target/bench-bundles");
    static final long SEED_NUMBER = 2022;

    private BenchBundles() {
    }

    /** The folder holding {@code copies} copies of about {@code words} words, generated if missing. */
    static Path bundle(int copies, int words) {
        Path dir = ROOT.resolve(copies + "x" + words);
        // the marker sits beside the folder: inside it the loader would warn about a hidden file
        Path done = ROOT.resolve(copies + "x" + words + ".complete");
        try {
            if (Files.exists(done)) {
                return dir;
            }
            Files.createDirectories(dir);
            List<GeneratedCopy> made = new BundleGenerator().generate(seedTexts(), new GeneratorSpec(copies, words, SEED_NUMBER));
            for (GeneratedCopy c : made) {
                Files.writeString(dir.resolve(c.fileName()), c.text(), StandardCharsets.UTF_8);
            }
            Files.writeString(done, "");
            Files.deleteIfExists(dir.resolve(".complete"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> seedTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEED)) {
            for (Path p : files.sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The copies' texts in name order (copy_000 first: the clean reference). */
    static List<String> texts(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
