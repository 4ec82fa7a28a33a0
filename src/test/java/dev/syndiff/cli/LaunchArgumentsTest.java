package dev.syndiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher (jpackage's, and the desktop entry's) passes its arguments to Main
 * unchanged: no arguments open the viewer, anything else is a command line.
 */
class LaunchArgumentsTest {
    @Test
    void noArgumentsOpenTheViewer() {
        assertThat(Main.commandLine()).containsExactly("view");
    }

    @Test
    void argumentsPassThroughUnchangedAndInOrder() {
        String[] given = {"analyze", "--fast", "a b.txt", "--json", "-"};
        String[] passed = Main.commandLine(given);
        assertThat(passed).containsExactly("analyze", "--fast", "a b.txt", "--json", "-");
        passed[0] = "changed";
        assertThat(given[0]).as("the caller's array is not shared").isEqualTo("analyze");
    }

    @Test
    void optionsAloneAreNotTheViewer() {
        // "syndiff --version" from the installed command must print, not open a window
        assertThat(Main.commandLine("--version")).containsExactly("--version");
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("syndiff ");
    }

    @Test
    void theInstalledCommandAnalyzesAFolder(@TempDir Path bundle) throws Exception {
        String story = "The council approved the budget on Monday. \"We are pleased,\" the mayor said. Work begins in May.";
        Files.writeString(bundle.resolve("a.txt"), story, StandardCharsets.UTF_8);
        Files.writeString(bundle.resolve("b.txt"), story.replace("Monday", "Tuesday"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of(Main.commandLine("analyze", "--fast", bundle.toString(), "--json", "-"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"findings\"").contains("a.txt").contains("b.txt");
    }
}
