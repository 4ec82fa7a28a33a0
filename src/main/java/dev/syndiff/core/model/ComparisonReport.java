package dev.syndiff.core.model;

import java.util.List;

/**
 * The whole comparison of a bundle, immutable; the JSON report, the HTML export and the
 * viewer all project this one object.
 *
 * @param complete false while slower passes (the grammar check) have not run yet
 * @param notices  bundle-level messages: refused files, passes stopped early
 */
public record ComparisonReport(String bundleName, String bundlePath, String reference,
                               String secondaryReference, List<SourceSummary> sources,
                               List<Article> articles, List<AlignmentRow> alignment,
                               List<Finding> findings, List<QuoteEntry> quotes,
                               List<LoadWarning> warnings, List<String> notices, boolean complete) {
    public static final String FORMAT = "syndiff-report/1";

    public ComparisonReport {
        sources = List.copyOf(sources);
        articles = List.copyOf(articles);
        alignment = List.copyOf(alignment);
        findings = List.copyOf(findings);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
        notices = List.copyOf(notices);
    }

    /** The same report with one more bundle-level notice (a pass stopped early, say). */
    public ComparisonReport withNotice(String notice) {
        List<String> more = new java.util.ArrayList<>(notices);
        more.add(notice);
        return new ComparisonReport(bundleName, bundlePath, reference, secondaryReference, sources, articles,
                alignment, findings, quotes, warnings, more, complete);
    }
}
