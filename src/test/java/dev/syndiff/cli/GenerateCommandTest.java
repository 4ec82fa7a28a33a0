package dev.syndiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesNCopiesAndTheSameSeedWritesTheSameBytes() throws IOException {
        Path a = Files.createDirectory(tmp.resolve("a"));
        Path b = Files.createDirectory(tmp.resolve("b"));
        String[] opts = {"--copies", "7", "--words", "300", "--seed", "5", "--from", "samples/harbour-strike"};
        assertThat(CliRun.of(concat("generate", a.toString(), opts)).exitCode()).isZero();
        assertThat(CliRun.of(concat("generate", b.toString(), opts)).exitCode()).isZero();
        List<Path> fa = files(a);
        List<Path> fb = files(b);
        assertThat(fa).hasSize(7);
        for (int i = 0; i < fa.size(); i++) {
            assertThat(fa.get(i).getFileName()).isEqualTo(fb.get(i).getFileName());
            assertThat(Files.readAllBytes(fa.get(i))).isEqualTo(Files.readAllBytes(fb.get(i)));
        }
    }

    @Test
    void theEmbeddedSampleIsTheDefaultSeedAndExistingFilesNeedForce() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        assertThat(CliRun.of("generate", out.toString(), "--copies", "3", "--words", "200").exitCode()).isZero();
        assertThat(files(out)).hasSize(3);
        CliRun again = CliRun.of("generate", out.toString(), "--copies", "3", "--words", "200");
        assertThat(again.exitCode()).isEqualTo(Exit.USAGE);
        assertThat(again.err()).contains("exists");
        assertThat(CliRun.of("generate", out.toString(), "--copies", "3", "--words", "200", "--force").exitCode()).isZero();
        assertThat(CliRun.of("generate", out.toString(), "--copies", "0").exitCode()).isEqualTo(Exit.USAGE);
    }

    private static String[] concat(String a, String b, String... rest) {
        String[] out = new String[rest.length + 2];
        out[0] = a;
        out[1] = b;
        System.arraycopy(rest, 0, out, 2, rest.length);
        return out;
    }
}
