package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The version the user sees is the pom's, carried by the Maven-filtered resource. */
class VersionTest {
    @Test
    void theFilteredResourceCarriesThePomVersion() throws Exception {
        String pom = BuildPom.read().version();
        assertThat(Version.fromResource()).isEqualTo(pom);
        // tests run from target/classes, which has no manifest: the resource is what answers
        assertThat(Version.current()).isEqualTo(pom);
    }

    @Test
    void dashDashVersionPrintsThePomVersion() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--version");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("syndiff " + BuildPom.read().version());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void everyCommandAnswersVersionTheSameWay() throws Exception {
        for (String command : new String[] {"analyze", "export", "view"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, command, "--version");
            assertThat(code).as(command).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).strip()).as(command).isEqualTo("syndiff " + BuildPom.read().version());
        }
    }
}
