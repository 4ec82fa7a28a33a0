package dev.syndiff.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            The city council voted on Tuesday to close the old bridge for repairs.
            Work will start in March and last about six months, the mayor said.
            """;

    @TempDir
    Path dir;

    @Test
    void theEmbeddedSampleComparesWithExitZero() throws Exception {
        CliRun run = CliRun.of("analyze", "--fast", "--quiet");
        assertThat(run.exitCode()).isZero();
        JsonNode report = JSON.readTree(run.outBytes());
        assertThat(report.path("format").asText()).isEqualTo("syndiff-report/1");
        assertThat(report.path("bundle").path("path").asText()).isEqualTo("samples/macron-putin-2022");
        assertThat(report.path("sources")).hasSize(5);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aDashSendsTheReportToStdoutAndProgressNeverGoesThere() throws Exception {
        CliRun run = CliRun.of("analyze", "--json", "-", "--fast");
        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.outBytes()).path("format").asText()).isEqualTo("syndiff-report/1");
        assertThat(run.out()).doesNotContain("syndiff:");
    }

    @Test
    void theEmbeddedSampleIsTheRepositorySample() throws Exception {
        JsonNode embedded = withoutBundle(CliRun.of("analyze", "--fast", "--quiet"));
        JsonNode onDisk = withoutBundle(CliRun.of("analyze", "samples/macron-putin-2022", "--fast", "--quiet"));
        assertThat(embedded).isEqualTo(onDisk);
    }

    @Test
    void aBadFileIsAWarningNamingItAndExitOne() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), STORY);
        Path bad = Files.write(dir.resolve("bad.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13,
            (byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 3});
        CliRun run = CliRun.of("analyze", good.toString(), bad.toString(), "--fast", "--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("(?m)^syndiff: warning: .*bad\\.png: .+$");
        assertThat(JSON.readTree(run.outBytes()).path("sources")).hasSize(1);
    }

    @Test
    void anEmptyFolderIsNothingToCompare() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun run = CliRun.of("analyze", empty.toString(), "--fast");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("(?m)^syndiff: error: nothing to compare: .*empty$");
        assertThat(run.outBytes()).isEmpty();
    }

    @Test
    void aMissingInputIsBadUsage() {
        CliRun run = CliRun.of("analyze", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope: no such file or folder");
    }

    @Test
    void aBadOptionIsExitTwoWithAHint() {
        CliRun run = CliRun.of("analyze", "--jsn", "r.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("syndiff: error: Unknown option: '--jsn'")
                .contains("Try 'syndiff analyze --help'");
        assertThat(run.outBytes()).isEmpty();
    }

    @Test
    void aBadSizeIsExitTwo() {
        CliRun run = CliRun.of("analyze", "--max-file-size", "lots");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-file-size").contains("lots");
    }

    @Test
    void anUnknownReferenceIsExitTwoAndListsTheCopies() {
        CliRun run = CliRun.of("analyze", "--reference", "no-such-copy", "--fast", "--quiet");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown reference 'no-such-copy'").contains("000_a99245d733ad5b85");
        assertThat(run.outBytes()).isEmpty();
    }

    @Test
    void aReferenceMayNameTheFileWithItsExtension() {
        CliRun run = CliRun.of("analyze", "--reference", "001_e52048c22659165e.txt", "--fast", "--quiet");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void writesTheJsonFileAndRefusesToOverwriteWithoutForce() throws Exception {
        Path target = dir.resolve("r.json");
        CliRun first = CliRun.of("analyze", "--json", target.toString(), "--fast", "--quiet");
        assertThat(first.exitCode()).isZero();
        assertThat(first.outBytes()).isEmpty();
        byte[] written = Files.readAllBytes(target);
        assertThat(JSON.readTree(written).path("sources")).hasSize(5);

        Files.writeString(target, "keep me");
        CliRun second = CliRun.of("analyze", "--json", target.toString(), "--fast", "--quiet");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("r.json").contains("--force");
        assertThat(Files.readString(target)).isEqualTo("keep me");

        CliRun forced = CliRun.of("analyze", "--json", target.toString(), "--force", "--fast", "--quiet");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllBytes(target)).isEqualTo(written);
        assertThat(listing()).containsExactly("r.json");
    }

    @Test
    void refusesToWriteIntoTheBundleFolderOrOverAnInput() throws Exception {
        Path bundle = Files.createDirectory(dir.resolve("bundle"));
        Path copy = Files.writeString(bundle.resolve("a.txt"), STORY);
        CliRun inside = CliRun.of("analyze", bundle.toString(), "--json", bundle.resolve("r.json").toString(), "--fast");
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains("--into-bundle");
        CliRun overInput = CliRun.of("analyze", copy.toString(), "--json", copy.toString(), "--force", "--fast");
        assertThat(overInput.exitCode()).isEqualTo(2);
        assertThat(overInput.err()).contains("a.txt").contains("input");
        assertThat(Files.readString(copy)).isEqualTo(STORY);
    }

    @Test
    void aMissingTargetFolderIsExitTwo() {
        CliRun run = CliRun.of("analyze", "--json", dir.resolve("no/such/r.json").toString(), "--fast");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void exportWritesHtmlAndJsonThroughTheAtomicWriter() throws Exception {
        Path html = dir.resolve("r.html");
        Path json = dir.resolve("r.json");
        CliRun run = CliRun.of("export", "--html", html.toString(), "--json", json.toString(), "--fast", "--quiet");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(html, UTF_8)).containsIgnoringCase("<!DOCTYPE html");
        assertThat(JSON.readTree(Files.readAllBytes(json)).path("format").asText()).isEqualTo("syndiff-report/1");
        CliRun again = CliRun.of("export", "--html", html.toString(), "--fast", "--quiet");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("r.html").contains("--force");
    }

    @Test
    void exportNeedsAnHtmlTarget() {
        CliRun run = CliRun.of("export", "--fast");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--html");
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("syndiff \\d+\\.\\d+\\.\\d+\\S*");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("analyze").contains("export").contains("view").contains("Exit codes");
    }

    @Test
    void viewTakesTheSameBundleOptions() {
        // launching the real viewer would open a window; its help shows the wiring
        CliRun run = CliRun.of("view", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("BUNDLE").contains("--reference").contains("--fast");
    }

    @Test
    void viewOfAMissingBundleIsExitTwoWithoutOpeningAWindow() {
        CliRun run = CliRun.of("view", dir.resolve("gone").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gone: no such file or folder");
    }

    private static JsonNode withoutBundle(CliRun run) throws IOException {
        assertThat(run.exitCode()).isZero();
        ObjectNode tree = (ObjectNode) JSON.readTree(run.outBytes());
        tree.remove("bundle");
        return tree;
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
