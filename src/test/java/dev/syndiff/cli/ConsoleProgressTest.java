package dev.syndiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleProgress progress =
            new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

    @Test
    void aShortRunPrintsNothing() {
        progress.progress("Loading", 0.0);
        now.set(ConsoleProgress.GRACE_NANOS - 1);
        progress.progress("Done", 1.0);
        assertThat(printed()).isEmpty();
    }

    @Test
    void aLongRunPrintsOneLinePerStageAndTenPercent() {
        now.set(ConsoleProgress.GRACE_NANOS);
        for (int i = 0; i <= 100; i++) {
            progress.progress("Splitting copies", 0.1 + 0.3 * i / 100);
        }
        progress.progress("Done", 1.0);
        assertThat(printed().lines()).containsExactly("syndiff: splitting copies (10%)", "syndiff: splitting copies (20%)",
                "syndiff: splitting copies (30%)", "syndiff: splitting copies (40%)", "syndiff: done (100%)");
    }

    @Test
    void aRunThatEndsJustPastTheGraceTimePrintsNoLoneDoneLine() {
        progress.progress("Loading", 0.0);
        now.set(ConsoleProgress.GRACE_NANOS + 1);
        progress.progress("Done", 1.0);
        assertThat(printed()).isEmpty();
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
