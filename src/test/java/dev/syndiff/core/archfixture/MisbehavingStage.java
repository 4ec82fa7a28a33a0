package dev.syndiff.core.archfixture;

import dev.syndiff.export.JsonReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks every core rule on purpose, so ArchitectureTest can show its rules bite. Never called. */
public final class MisbehavingStage {
    private MisbehavingStage() {
    }

    static void misbehave(Path p) throws IOException {
        System.out.println(new JsonReportWriter());
        Files.writeString(p, "report");
        new IllegalStateException().printStackTrace();
    }
}
