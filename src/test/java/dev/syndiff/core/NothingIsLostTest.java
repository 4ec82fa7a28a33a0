package dev.syndiff.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syndiff.core.model.ComparisonReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full run reads its bundle and changes nothing: same bytes, sizes and times, no new file. */
class NothingIsLostTest {
    @TempDir
    Path dir;

    record Fingerprint(String sha256, long size, long mtime) {
    }

    static Map<String, Fingerprint> fingerprint(Path root) throws IOException {
        Map<String, Fingerprint> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(key + "/", new Fingerprint("", 0, Files.getLastModifiedTime(p).toMillis()));
                } else {
                    all.put(key, new Fingerprint(sha256(p), Files.size(p), Files.getLastModifiedTime(p).toMillis()));
                }
            }
        }
        return all;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static ComparisonReport run(Path bundle, boolean recursive) {
        Options options = Options.defaults().withGrammarPass(false).withRecursive(recursive);
        return new ComparisonPipeline().run(List.of(bundle), options, ProgressListener.NONE, r -> { });
    }

    @Test
    void theSampleBundleIsUntouched() throws IOException {
        Path bundle = dir.resolve("macron-putin-2022");
        copyTree(Path.of("samples/macron-putin-2022"), bundle);
        Map<String, Fingerprint> before = fingerprint(dir);
        ComparisonReport report = run(bundle, false);
        assertThat(report.sources()).hasSize(5);
        assertThat(fingerprint(dir)).isEqualTo(before);
    }

    @Test
    void theBadCorpusIsUntouchedAndItsRefusalsReachTheReport() throws IOException {
        Path bundle = dir.resolve("bad");
        copyTree(Path.of("src/test/resources/bad"), bundle);
        Map<String, Fingerprint> before = fingerprint(dir);
        ComparisonReport report = run(bundle, true);
        assertThat(report.sources()).hasSize(14);
        assertThat(report.warnings()).extracting(w -> w.file()).contains("empty.txt", "nul-bytes.txt", "image.png");
        assertThat(fingerprint(dir)).isEqualTo(before);
    }

    @Test
    void aZipBundleIsUntouchedAndNothingIsExtracted() throws IOException {
        Path zip = dir.resolve("copies.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of("a.txt", "b.txt")) {
                z.putNextEntry(new ZipEntry("copies/" + name));
                z.write(("The council met on Monday. Copy " + name + ".\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Map<String, Fingerprint> before = fingerprint(dir);
        assertThat(run(zip, false).sources()).hasSize(2);
        assertThat(fingerprint(dir)).isEqualTo(before);
    }

    @Test
    void aBundleWithNoUsableCopyIsAnErrorWithItsWarningsAndStillUntouched() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("only-pictures"));
        copyTree(Path.of("src/test/resources/bad/only-nontext"), bundle);
        Map<String, Fingerprint> before = fingerprint(dir);
        assertThatThrownBy(() -> run(bundle, false)).isInstanceOfSatisfying(NoUsableCopyException.class,
                e -> assertThat(e.warnings()).hasSize(3));
        assertThat(fingerprint(dir)).isEqualTo(before);
    }
}
