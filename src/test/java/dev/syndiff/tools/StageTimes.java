package dev.syndiff.tools;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import java.nio.file.Path;
import java.util.List;

/** Prints when each stage of one fast run starts, from JVM start: where the first seconds go. */
public final class StageTimes {
    public static void main(String[] args) {
        long t0 = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        new ComparisonPipeline().run(List.of(Path.of(args[0])), Options.defaults().withGrammarPass(false),
                (stage, f) -> System.out.println((System.currentTimeMillis() - t0) + " ms " + stage), r -> { });
        System.out.println((System.currentTimeMillis() - t0) + " ms end");
    }
}
