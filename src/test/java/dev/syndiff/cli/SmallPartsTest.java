package dev.syndiff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class SmallPartsTest {
    @Test
    void sizesTakeBinarySuffixes() {
        ByteSizeConverter c = new ByteSizeConverter();
        assertThat(c.convert("2000000")).isEqualTo(2_000_000L);
        assertThat(c.convert("500k")).isEqualTo(500L * 1024);
        assertThat(c.convert("20M")).isEqualTo(20L * 1024 * 1024);
        assertThat(c.convert("1GB")).isEqualTo(1L << 30);
        assertThatThrownBy(() -> c.convert("-5")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> c.convert("M")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> c.convert("99999999999G")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void anUnexpectedExceptionIsOneLineAndExitThree() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FailureReporter reporter = new FailureReporter(
                new Terminal(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        int code = reporter.report(new IllegalStateException("row 7 has no cells\n\tat somewhere"));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(Exit.INTERNAL);
        assertThat(printed.lines()).hasSize(1);
        assertThat(printed).startsWith("syndiff: internal error: IllegalStateException: row 7 has no cells");
    }

    @Test
    void anIoProblemIsTheUsersToFixAndExitTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FailureReporter reporter = new FailureReporter(
                new Terminal(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertThat(reporter.report(new IOException("bundle.zip: truncated"))).isEqualTo(Exit.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("syndiff: error: bundle.zip: truncated" + System.lineSeparator());
    }
}
