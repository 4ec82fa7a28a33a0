package dev.syndiff.cli;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.NoUsableCopyException;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.SourceSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One comparison for a command: finds the inputs (the embedded sample when none), runs the
 * pipeline, turns an unknown reference into a usage error, prints one warning line per
 * troubled file, and says which exit code the result deserves.
 */
final class ComparisonRun {
    record Outcome(ComparisonReport report, int exitCode) {
    }

    private final Terminal terminal;
    /** The bundle folder, to name a file of it the way the user spelled the folder. */
    private Path folder;
    private String folderShownAs;

    ComparisonRun(Terminal terminal) {
        this.terminal = terminal;
    }

    Outcome run(BundleOptions bundle, ProgressListener progress) {
        bundle.requireInputsExist();
        Options options = bundle.toOptions();
        ComparisonReport report;
        if (bundle.inputs.isEmpty()) {
            try (SampleBundle sample = SampleBundle.open()) {
                folder = sample.folder();
                folderShownAs = SampleBundle.DISPLAY_PATH;
                report = withPath(compare(List.of(sample.folder()), options, progress), SampleBundle.DISPLAY_PATH);
            }
        } else {
            if (bundle.inputs.size() == 1 && Files.isDirectory(bundle.inputs.get(0))) {
                folder = bundle.inputs.get(0);
                folderShownAs = folder.toString();
            }
            report = compare(bundle.inputs, options, progress);
        }
        return new Outcome(report, reportWarnings(report));
    }

    private ComparisonReport compare(List<Path> inputs, Options options, ProgressListener progress) {
        try {
            return new ComparisonPipeline().run(inputs, options, progress, early -> { });
        } catch (NoUsableCopyException e) {
            for (LoadWarning w : e.warnings()) {
                terminal.warn(shown(w.file()) + ": " + w.message());
            }
            throw new CliFailure("nothing to compare: no usable copy in "
                    + inputs.stream().map(Path::toString).collect(Collectors.joining(", ")));
        } catch (IllegalArgumentException e) {
            // the pipeline refuses a --reference that names no copy (before aligning anything)
            if (options.reference() == null || !String.valueOf(e.getMessage()).contains("'" + options.reference() + "'")) {
                throw e;
            }
            throw new CliFailure("unknown reference '" + options.reference() + "': the copies are "
                    + copyNames(inputs, options));
        }
    }

    /** Only on the error path: loads the bundle again (cheap next to a comparison) to list its ids. */
    private static String copyNames(List<Path> inputs, Options options) {
        List<String> ids = new BundleLoader(options.limits(), options.recursive()).load(inputs).sources().stream()
                .map(Source::id).toList();
        return ids.stream().limit(8).collect(Collectors.joining(", "))
                + (ids.size() > 8 ? " and " + (ids.size() - 8) + " more" : "");
    }

    /** Prints every warning of the report, one line each; 1 when there was any, else 0. */
    private int reportWarnings(ComparisonReport report) {
        int count = 0;
        for (LoadWarning w : report.warnings()) {
            terminal.warn(shown(w.file()) + ": " + w.message());
            count++;
        }
        for (SourceSummary s : report.sources()) {
            for (String w : s.warnings()) {
                terminal.warn(shown(s.file()) + ": " + w);
                count++;
            }
        }
        return count == 0 ? Exit.OK : Exit.WARNINGS;
    }

    /** "bundle/x.png" rather than the loader's "x.png", when the name is a file of the bundle folder. */
    private String shown(String file) {
        try {
            if (folder != null && !file.isEmpty() && Files.exists(folder.resolve(file))
                    && !Files.isSameFile(folder, folder.resolve(file))) {
                return Path.of(folderShownAs).resolve(file).toString();
            }
        } catch (IOException | InvalidPathException e) {
            // not a path inside the bundle (e.g. "(bundle)"): show it as the loader wrote it
        }
        return file;
    }

    private static ComparisonReport withPath(ComparisonReport r, String path) {
        return new ComparisonReport(r.bundleName(), path, r.reference(), r.secondaryReference(), r.sources(),
                r.articles(), r.alignment(), r.findings(), r.quotes(), r.warnings(), r.notices(), r.complete());
    }
}
