package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip bundles: read in memory, names checked, inflation bounded. */
class ZipBundleReaderTest {
    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Bundle load(Path zip, LoadLimits limits) {
        return new BundleLoader(limits, false).load(List.of(zip));
    }

    private List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.toList();
        }
    }

    @Test
    void readsTextEntriesInMemoryAndNamesTheRest() throws IOException {
        Path zip = zip("wire-copies.zip", new java.util.LinkedHashMap<>(Map.of(
                "copies/b.txt", utf8("Second."),
                "copies/a.txt", utf8("First."),
                "copies/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0},
                "__MACOSX/copies/._a.txt", new byte[] {0, 5, 22, 7})));
        List<Path> before = filesUnder(dir);
        Bundle bundle = load(zip, LoadLimits.defaults());
        assertThat(bundle.name()).isEqualTo("wire-copies");
        assertThat(bundle.path()).isEqualTo(zip.toString());
        assertThat(bundle.sources()).extracting(Source::file).containsExactly("copies/a.txt", "copies/b.txt");
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("a", "b");
        assertThat(bundle.warnings()).extracting(LoadWarning::file)
                .containsExactlyInAnyOrder("copies/photo.jpg", "__MACOSX/copies/._a.txt");
        assertThat(filesUnder(dir)).as("nothing extracted").isEqualTo(before);
    }

    @Test
    void entriesThatEscapeOrAreAbsoluteAreRefused() throws IOException {
        Path zip = zip("evil.zip", new java.util.LinkedHashMap<>(Map.of(
                "../../etc/escape.txt", utf8("Escaped."),
                "/abs/rooted.txt", utf8("Rooted."),
                "C:\\windows\\drive.txt", utf8("Drive."),
                "ok/../../sneaky.txt", utf8("Sneaky."),
                "fine.txt", utf8("Fine."))));
        Bundle bundle = load(zip, LoadLimits.defaults());
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("fine");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactlyInAnyOrder(
                "../../etc/escape.txt: refused: the zip entry would escape the bundle folder (../)",
                "ok/../../sneaky.txt: refused: the zip entry would escape the bundle folder (../)",
                "/abs/rooted.txt: refused: the zip entry has an absolute path",
                "C:\\windows\\drive.txt: refused: the zip entry has an absolute path");
    }

    @Test
    void aZipBombIsStoppedEarly() throws IOException {
        byte[] zeros = new byte[64 * 1024 * 1024];
        Arrays.fill(zeros, (byte) 'a');
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("a-first.txt", utf8("Read before the bomb."));
        entries.put("b-bomb.txt", zeros);
        entries.put("c-after.txt", utf8("Never reached."));
        Path zip = zip("bomb.zip", entries);
        assertThat(Files.size(zip)).isLessThan(1 << 20);
        Bundle bundle = load(zip, LoadLimits.defaults().withMaxFileBytes(100L << 20));
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("a-first");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "b-bomb.txt: refused: zip bomb (the entry inflates more than 200 times its packed size);"
                        + " the rest of the zip was not read");
    }

    @Test
    void entriesOverTheFileLimitAreRefusedAndTheZipGoesOn() throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("big.txt", utf8("word ".repeat(400)));
        entries.put("small.txt", utf8("Small."));
        Bundle bundle = load(zip("sizes.zip", entries), LoadLimits.defaults().withMaxFileBytes(1_000));
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("small");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "big.txt: refused: the file is 2000 bytes, over the limit of 1000 bytes per file (maxFileBytes)");
    }

    @Test
    void totalInflationIsBoundedSkippedEntriesIncluded() throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("a.txt", utf8("First copy."));
        entries.put("b-scan.tiff", new byte[3_000]);
        entries.put("c-scan.tiff", new byte[3_000]);
        entries.put("d.txt", utf8("Never reached."));
        LoadLimits tight = LoadLimits.defaults().withMaxFileBytes(2_000).withMaxTotalChars(1_000);
        assertThat(tight.maxInflatedBytes()).isEqualTo(5_000);
        Bundle bundle = load(zip("scans.zip", entries), tight);
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("a");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "b-scan.tiff: skipped: not a text file (.tiff); Syndiff reads .txt, .text and .md files",
                "c-scan.tiff: skipped: not a text file (.tiff); Syndiff reads .txt, .text and .md files",
                "c-scan.tiff: refused: the zip inflates to more than 5000 bytes in total; the rest of the zip was not read");
    }

    @Test
    void aDamagedZipKeepsWhatCameBeforeTheDamage() throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("one.txt", utf8("One."));
        java.util.Random random = new java.util.Random(7);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 8_000; i++) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        entries.put("two.txt", utf8(noise.toString()));
        Path zip = zip("cut.zip", entries);
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2 + 40));
        Bundle bundle = load(zip, LoadLimits.defaults());
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("one");
        assertThat(bundle.warnings()).extracting(LoadWarning::file).containsExactly("cut.zip");
        assertThat(bundle.warnings().get(0).message()).startsWith("refused: the zip could not be read to the end");
    }

    @Test
    void aNotReallyZipIsAWarning() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.zip"), "plain text, not a zip");
        Bundle bundle = load(fake, LoadLimits.defaults());
        assertThat(bundle.sources()).isEmpty();
        assertThat(bundle.warnings()).extracting(LoadWarning::file).contains("fake.zip");
    }

    static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
