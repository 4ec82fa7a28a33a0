package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds: file size, file count, total characters, depth, and symlinks that leave or loop. */
class LoadLimitsTest {
    @TempDir
    Path dir;

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path fiftyMegabyteLine(Path file) throws IOException {
        byte[] line = new byte[50 * 1024 * 1024];
        Arrays.fill(line, (byte) 'a');
        return Files.write(file, line);
    }

    @Test
    void aFiftyMegabyteLineIsRefusedWithoutReadingIt() throws IOException {
        Path big = fiftyMegabyteLine(dir.resolve("one-line.txt"));
        write(dir.resolve("small.txt"), "A normal copy.");
        ScriptedFiles files = new ScriptedFiles(Set.of());
        Bundle bundle = new BundleLoader(LoadLimits.defaults(), false, files).load(List.of(dir));
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("small");
        assertThat(bundle.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("one-line.txt");
            assertThat(w.message()).isEqualTo("refused: the file is 52428800 bytes, over the limit of 20971520"
                    + " bytes per file (maxFileBytes)");
        });
        assertThat(files.opened).doesNotContain(big);
    }

    @Test
    void aRaisedLimitLoadsTheFiftyMegabyteLine() throws IOException {
        fiftyMegabyteLine(dir.resolve("one-line.txt"));
        Bundle bundle = new BundleLoader(LoadLimits.defaults().withMaxFileBytes(60L << 20), false).load(List.of(dir));
        assertThat(bundle.sources()).singleElement().satisfies(s -> {
            assertThat(s.text()).hasSize(50 * 1024 * 1024);
            assertThat(s.encoding()).isEqualTo("UTF-8");
        });
        assertThat(bundle.warnings()).isEmpty();
    }

    /** In memory (Jimfs): creating 5,000 files on this machine's /tmp takes about 25 s. */
    @Test
    void fiveThousandFilesAreBoundedByMaxFiles() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path many = Files.createDirectories(fs.getPath("/many"));
            for (int i = 0; i < 5_000; i++) {
                write(many.resolve(String.format("copy-%04d.txt", i)), "Copy number " + i + ".");
            }
            fiveThousand(many);
        }
    }

    private static void fiveThousand(Path dir) {
        Bundle bounded = new BundleLoader(LoadLimits.defaults(), false).load(List.of(dir));
        assertThat(bounded.sources()).hasSize(2_000);
        assertThat(bounded.sources().get(1_999).id()).isEqualTo("copy-1999");
        assertThat(bounded.warnings()).extracting(LoadWarning::toString).containsExactly(
                "copy-2000.txt: refused: the bundle holds more than 2000 text files (maxFiles);"
                        + " this file and 2999 more were not read");

        Bundle raised = new BundleLoader(LoadLimits.defaults().withMaxFiles(5_000), false).load(List.of(dir));
        assertThat(raised.sources()).hasSize(5_000);
        assertThat(raised.warnings()).isEmpty();
    }

    @Test
    void totalCharactersAreBounded() throws IOException {
        write(dir.resolve("a.txt"), "x".repeat(600));
        write(dir.resolve("b.txt"), "y".repeat(600));
        write(dir.resolve("c.txt"), "z".repeat(300));
        Bundle bundle = new BundleLoader(LoadLimits.defaults().withMaxTotalChars(1_000), false).load(List.of(dir));
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("a", "c");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "b.txt: refused: with this file the bundle would hold more than 1000 characters (maxTotalChars)");
    }

    @Test
    void deepNestingStopsAtMaxDepth() throws IOException {
        Path folder = dir;
        for (int depth = 0; depth <= 10; depth++) {
            write(folder.resolve("level" + depth + ".txt"), "Depth " + depth + ".");
            folder = folder.resolve("d" + (depth + 1));
        }
        Bundle bundle = new BundleLoader(LoadLimits.defaults().withMaxDepth(3), true).load(List.of(dir));
        // sorted by relative path: "d1/..." comes before "level0.txt"
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("level3", "level2", "level1", "level0");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "d1/d2/d3/d4/: refused: the folder is nested deeper than 3 levels (maxDepth); nothing in it was read");
    }

    @Test
    void aSymlinkLoopIsNamedAndDoesNotHang() throws IOException {
        Path bundleDir = Files.createDirectory(dir.resolve("bundle"));
        write(bundleDir.resolve("sub/copy.txt"), "Inside.");
        Files.createSymbolicLink(bundleDir.resolve("sub/back-up"), bundleDir);
        Files.createSymbolicLink(bundleDir.resolve("self.txt"), bundleDir.resolve("self.txt"));
        Bundle bundle = new BundleLoader(LoadLimits.defaults(), true).load(List.of(bundleDir));
        assertThat(bundle.sources()).extracting(Source::file).containsExactly("sub/copy.txt");
        assertThat(bundle.warnings()).extracting(LoadWarning::file).containsExactly("self.txt", "sub/back-up/");
        assertThat(bundle.warnings()).allSatisfy(w -> assertThat(w.message()).contains("symlink loop"));
    }

    @Test
    void symlinksThatLeaveTheBundleAreRefused() throws IOException {
        Path bundleDir = Files.createDirectory(dir.resolve("bundle"));
        Path secret = write(dir.resolve("elsewhere/secret.txt"), "Outside the bundle.");
        write(bundleDir.resolve("copy.txt"), "Inside.");
        Files.createSymbolicLink(bundleDir.resolve("leak.txt"), secret);
        Files.createSymbolicLink(bundleDir.resolve("leak-dir"), secret.getParent());
        Files.createSymbolicLink(bundleDir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(bundleDir.resolve("alias.txt"), bundleDir.resolve("copy.txt"));
        Bundle bundle = new BundleLoader(LoadLimits.defaults(), true).load(List.of(bundleDir));
        assertThat(bundle.sources()).extracting(Source::file).containsExactly("alias.txt", "copy.txt");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "dangling.txt: refused: broken symlink (its target does not exist)",
                "leak-dir: refused: symlink that points outside the bundle folder",
                "leak.txt: refused: symlink that points outside the bundle folder");
    }
}
