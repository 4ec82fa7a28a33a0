package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.ComparisonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs scripts/check-export-inert.sh (headless Chromium) on the hostile export. Chromium must
 * be installed (.ci/run: apt-get install -y chromium); without it this test fails, it does not skip.
 */
class ExportInertInChromiumTest {
    private static final Path SCRIPT = Path.of("scripts/check-export-inert.sh");

    @TempDir
    Path dir;

    @Test
    void hostileExportRunsNoInjectedScriptAndKeepsItsStructure() throws Exception {
        ComparisonReport report = HostileFixture.report();
        Path page = Render.write(report, HostileFixture.marks(report), dir.resolve("hostile.html"));
        Result r = check(page);
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("inert:", "own script ran");
    }

    @Test
    void theCheckCatchesAPageWhereAnInjectedScriptRuns() throws Exception {
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p>"
                + "<script>document.documentElement.setAttribute('data-js','ran');document.title='PWNED'</script>"
                + "<img src=x onerror=\"document.body.appendChild(document.createElement('p')).id='pwned'\"></body></html>",
                StandardCharsets.UTF_8);
        Result r = check(page);
        assertThat(r.exit).as(r.output).isEqualTo(1);
        assertThat(r.output).contains("NOT INERT", "title changed", "'pwned'");
    }

    private record Result(int exit, String output) {
    }

    private static Result check(Path page) throws IOException, InterruptedException {
        assertThat(SCRIPT).as("the check script").exists();
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), page.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("the check could run (exit 2 means chromium or python3 is missing): " + out)
                .isNotEqualTo(2);
        return new Result(p.exitValue(), out);
    }
}
