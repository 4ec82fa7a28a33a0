package dev.syndiff.cli;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.export.JsonReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code syndiff analyze [BUNDLE] --json FILE|-}: compares a bundle and writes the report. */
@Command(name = "analyze", description = "Compare the copies of a bundle and write the JSON report.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "BUNDLE", description = "A folder, files or a .zip (default: the sample bundle).")
    List<Path> inputs = List.of();

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report here; - for standard output.")
    String json;

    @Option(names = "--reference", paramLabel = "NAME", description = "File name of the reference copy (extension optional).")
    String reference;

    @Option(names = "--fast", description = "Skip the slow grammar pass.")
    boolean fast;

    @Override
    public Integer call() throws Exception {
        List<Path> in = inputs.isEmpty() ? List.of(Path.of("samples/macron-putin-2022")) : inputs;
        Options options = Options.defaults().withReference(reference).withGrammarPass(!fast);
        ComparisonReport report = new ComparisonPipeline().run(in, options, ProgressListener.NONE, r -> { });
        byte[] bytes = new JsonReportWriter().toBytes(report);
        if (json == null || json.equals("-")) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            Files.write(Path.of(json), bytes);
        }
        return 0;
    }
}
