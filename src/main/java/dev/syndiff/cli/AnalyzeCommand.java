package dev.syndiff.cli;

import dev.syndiff.export.JsonReportWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code syndiff analyze [BUNDLE...] [--json FILE|-]}: compares a bundle and writes the JSON report. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare the copies of a bundle and write the JSON report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:compared, with warnings about some files",
            "2:nothing to compare or bad usage", "3:internal error"})
final class AnalyzeCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    BundleOptions bundle;

    @Mixin
    WriteOptions write;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report here; - for standard output (the default).")
    String json;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr (warnings and errors still print).")
    boolean quiet;

    AnalyzeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ReportOutput out = new ReportOutput(terminal, json, write.rules(bundle.inputs));
        out.check();
        ComparisonRun.Outcome outcome = new ComparisonRun(terminal)
                .run(bundle, ConsoleProgress.forTerminal(terminal, quiet));
        out.write(new JsonReportWriter().toBytes(outcome.report()));
        return outcome.exitCode();
    }
}
