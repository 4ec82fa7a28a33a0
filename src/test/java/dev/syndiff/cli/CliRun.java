package dev.syndiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, byte[] outBytes, String err) {
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, args);
        }
        CliRun run = new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        run.assertNoStackTrace();
        return run;
    }

    String out() {
        return new String(outBytes, StandardCharsets.UTF_8);
    }

    /** Every stderr line is a syndiff line or picocli's help hint: never a Java stack trace. */
    void assertNoStackTrace() {
        assertThat(err).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
                .doesNotContain("Exception in thread").doesNotContain("Caused by:");
        for (String line : err.lines().toList()) {
            assertThat(line).matches("(syndiff: |Try 'syndiff|Did you mean|Possible solutions|\\s).*");
        }
    }
}
