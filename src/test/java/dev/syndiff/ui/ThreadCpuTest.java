package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void namesTheBusiestThreadsWithTheirCpu() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        long spin = 0;
        for (int i = 0; i < 50_000_000; i++) {
            spin += i ^ (spin >>> 3);
        }
        String s = ThreadCpu.summary(3);
        assertThat(s).as("spin %d", spin).matches("total \\d+ ms: \\d+ ms .+( \\| \\d+ ms .+){2}");
    }
}
