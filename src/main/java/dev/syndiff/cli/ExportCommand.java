package dev.syndiff.cli;

import dev.syndiff.export.HtmlReportWriter;
import dev.syndiff.export.JsonReportWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code syndiff export [BUNDLE...] --html FILE [--json FILE]}: the self-contained HTML export. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare the copies of a bundle and write a self-contained HTML file (and the JSON report).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:compared, with warnings about some files",
            "2:nothing to compare or bad usage", "3:internal error"})
final class ExportCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Mixin
    BundleOptions bundle;

    @Mixin
    WriteOptions write;

    @Option(names = "--html", paramLabel = "FILE", required = true, description = "Write the HTML export here; - for standard output.")
    String html;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report here; - for standard output.")
    String json;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr (warnings and errors still print).")
    boolean quiet;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ReportOutput htmlOut = new ReportOutput(terminal, html, write.rules(bundle.inputs));
        ReportOutput jsonOut = json == null ? null : new ReportOutput(terminal, json, write.rules(bundle.inputs));
        if (jsonOut != null && htmlOut.toStdout() && jsonOut.toStdout()) {
            throw new CliFailure("--html and --json cannot both go to standard output");
        }
        if (jsonOut != null && !htmlOut.toStdout() && !jsonOut.toStdout()
                && htmlOut.path().toAbsolutePath().normalize().equals(jsonOut.path().toAbsolutePath().normalize())) {
            throw new CliFailure("--html and --json name the same file: " + html);
        }
        htmlOut.check();
        if (jsonOut != null) {
            jsonOut.check();
        }
        ComparisonRun.Outcome outcome = new ComparisonRun(terminal)
                .run(bundle, ConsoleProgress.forTerminal(terminal, quiet));
        if (jsonOut != null) {
            jsonOut.write(new JsonReportWriter().toBytes(outcome.report()));
        }
        htmlOut.write(new HtmlReportWriter().toBytes(outcome.report(), List.of()));
        return outcome.exitCode();
    }
}
