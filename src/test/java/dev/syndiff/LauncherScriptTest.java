package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's launcher, {@code ./syndiff}: it runs the jar with the C1-only JIT policy, the
 * class-data archive (and early compiling with it) when it was made after the jar, and the
 * user's extra options, passes the arguments through untouched, and builds the jar first when
 * it is missing. A stand-in {@code java} and {@code mvn} on the PATH record what it runs.
 */
class LauncherScriptTest {
    @Test
    void runsTheJarWithC1OnlyAndTheGivenOptions(@TempDir Path tmp) throws Exception {
        Path home = checkout(tmp);
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/syndiff.jar"), "jar");
        String out = run(tmp, home, "analyze", "my bundle", "--json", "r.json");
        assertThat(out).isEqualTo("java -XX:TieredStopAtLevel=1 -Xmx512m -jar " + home.resolve("target/syndiff.jar")
                + " analyze|my bundle|--json|r.json\n");
    }

    @Test
    void startsWithTheClassDataArchiveOnlyWhenItIsNewerThanTheJar(@TempDir Path tmp) throws Exception {
        Path home = checkout(tmp);
        Path target = Files.createDirectories(home.resolve("target"));
        Files.writeString(target.resolve("syndiff.jar"), "jar");
        Files.writeString(target.resolve("syndiff.jsa"), "archive");
        Files.setLastModifiedTime(target.resolve("syndiff.jar"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(target.resolve("syndiff.jsa"), FileTime.fromMillis(1_000_000_060_000L));
        assertThat(run(tmp, home, "view")).startsWith("java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="
                + target.resolve("syndiff.jsa") + " -XX:CompileThresholdScaling=0.2 -Xmx512m -jar ");
        // a jar rebuilt after the archive: the archive no longer matches it
        Files.setLastModifiedTime(target.resolve("syndiff.jar"), FileTime.fromMillis(1_000_000_120_000L));
        assertThat(run(tmp, home, "view")).startsWith("java -XX:TieredStopAtLevel=1 -Xmx512m -jar ");
    }

    @Test
    void buildsTheJarFirstWhenItIsMissing(@TempDir Path tmp) throws Exception {
        Path home = checkout(tmp);
        String out = run(tmp, home, "--version");
        assertThat(out).startsWith("mvn -q -B package -DskipTests\n").contains("-jar " + home.resolve("target/syndiff.jar") + " --version");
    }

    private static Path checkout(Path tmp) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(Path.of("syndiff"), home.resolve("syndiff"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // java prints its options, then the program's arguments joined by '|' (so spaces stay visible)
        stub(bin.resolve("java"), "#!/bin/sh\nopts=\"\"\nwhile [ \"$1\" != -jar ]; do opts=\"$opts $1\"; shift; done\n"
                + "jar=\"$2\"; shift 2\nprintf 'java%s -jar %s ' \"$opts\" \"$jar\"\n(IFS='|'; printf '%s\\n' \"$*\")\n");
        stub(bin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\" >&2\nmkdir -p target && echo jar > target/syndiff.jar\n");
        return home;
    }

    private static void stub(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String run(Path tmp, Path home, String... args) throws Exception {
        String[] cmd = new String[args.length + 2];
        cmd[0] = "bash";
        cmd[1] = home.resolve("syndiff").toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PATH", tmp.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("SYNDIFF_JAVA_OPTS", "-Xmx512m");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out.replace("syndiff: building " + home.resolve("target/syndiff.jar") + " first (mvn -q package -DskipTests)\n", "");
    }
}
