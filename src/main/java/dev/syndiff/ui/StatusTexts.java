package dev.syndiff.ui;

import dev.syndiff.core.NoUsableCopyException;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.FindingKind;
import java.nio.file.Path;
import java.util.List;

/** The words the status bar and the banner use: totals of a report, a failed run, what is being opened. */
final class StatusTexts {
    private StatusTexts() {
    }

    /** A failed run in words, with the files that could not be read. */
    static String error(Throwable e) {
        if (e instanceof NoUsableCopyException n) {
            return n.getMessage() + (n.warnings().isEmpty() ? "" : ": " + String.join("; ",
                    n.warnings().stream().map(Object::toString).toList()));
        }
        String m = e.getMessage();
        return "The analysis failed: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    /** "sample" for one folder or file, "3 files" for several. */
    static String inputs(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files";
    }

    /** Copies, reference, rows, findings, quotes, different stories, and whether the analysis still runs. */
    static String totals(ComparisonReport r) {
        long altered = r.findings().stream().filter(f -> f.kind() == FindingKind.ALTERED_QUOTE).count();
        long different = r.sources().stream().filter(s -> !s.sameStory()).count();
        return r.sources().size() + " copies \u00B7 reference " + r.reference() + " \u00B7 " + r.alignment().size()
                + " rows \u00B7 " + r.findings().size() + " findings (" + altered + " altered quotes) \u00B7 "
                + r.quotes().size() + " quotes" + (different > 0 ? " \u00B7 " + different + (different == 1 ? " different story" : " different stories") : "")
                + (r.complete() ? "" : r.alignment().isEmpty() ? " \u00B7 analysing\u2026" : " \u00B7 grammar pass running\u2026");
    }
}
