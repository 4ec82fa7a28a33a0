package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deb scripts that replace jpackage's templates (src/packaging/linux): they keep jpackage's
 * placeholders, add and remove the /usr/bin/syndiff link, and are valid shell once filled in.
 * Running them would change this machine, so the install itself is checked by hand (docs/notes/dist.md).
 */
class PackagingScriptsTest {
    private static final Path DIR = Path.of("src/packaging/linux");

    @Test
    void postinstKeepsTheMenuCommandsAndLinksTheCommand() throws Exception {
        String s = Files.readString(DIR.resolve("postinst"));
        assertThat(s).contains("DESKTOP_COMMANDS_INSTALL").contains("ln -sf /opt/syndiff/bin/syndiff /usr/bin/syndiff")
                .contains("/usr/share/applications/syndiff-syndiff.desktop");
    }

    @Test
    void prermRemovesOnlyItsOwnLink() throws Exception {
        String s = Files.readString(DIR.resolve("prerm"));
        assertThat(s).contains("DESKTOP_COMMANDS_UNINSTALL").contains("UTILITY_SCRIPTS")
                .contains("readlink /usr/bin/syndiff)\" = /opt/syndiff/bin/syndiff").contains("rm -f /usr/bin/syndiff");
    }

    @Test
    void desktopEntryStartsTheLauncherWithoutArguments() throws Exception {
        String s = Files.readString(DIR.resolve("syndiff.desktop"));
        // no arguments: Main opens the viewer (LaunchArgumentsTest)
        assertThat(s).contains("Exec=APPLICATION_LAUNCHER\n").contains("Name=Syndiff\n").contains("Terminal=false");
    }

    /** Filled in as jpackage does (one command per placeholder, or none), each script parses with sh -n. */
    @Test
    void scriptsAreValidShellWithAndWithoutMenuCommands(@TempDir Path tmp) throws Exception {
        for (String name : new String[] {"postinst", "prerm"}) {
            for (String menu : new String[] {"xdg-desktop-menu install /opt/syndiff/lib/syndiff-syndiff.desktop", ""}) {
                String filled = Files.readString(DIR.resolve(name)).replace("APPLICATION_PACKAGE", "syndiff")
                        .replace("DESKTOP_COMMANDS_INSTALL", menu).replace("DESKTOP_COMMANDS_UNINSTALL", menu)
                        .replace("UTILITY_SCRIPTS", "");
                Path script = tmp.resolve(name);
                Files.writeString(script, filled, StandardCharsets.UTF_8);
                Process p = new ProcessBuilder("sh", "-n", script.toString()).redirectErrorStream(true).start();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.exitValue()).as(name + " with '" + menu + "': " + out).isZero();
            }
        }
    }
}
