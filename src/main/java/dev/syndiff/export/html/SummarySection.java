package dev.syndiff.export.html;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.TriageMark;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The top of the page: what changed, how much, where the altered quotes are, what was triaged. */
final class SummarySection {
    private SummarySection() {
    }

    static void write(StringBuilder out, ReportIndex index, CopyViews views) {
        var report = index.report;
        out.append("<section id=\"summary\"><h2>Summary</h2><p class=\"lead\">").append(index.columns.size())
                .append(index.columns.size() == 1 ? " copy" : " copies").append(" compared with <b>")
                .append(Text.html(index.fileOf(report.reference() == null ? "" : report.reference())))
                .append("</b> (reference). ").append(findingWords(index)).append("</p>");
        if (!report.complete()) {
            out.append("<p class=\"warn\">This report is incomplete: slower passes (the grammar check) had not run.</p>");
        }
        out.append("<ul>");
        int confirmed = 0;
        int dismissed = 0;
        for (ReportIndex.Numbered n : index.findings) {
            if (n.mark() != null) {
                if (n.mark().verdict() == TriageMark.Verdict.CONFIRMED) {
                    confirmed++;
                } else {
                    dismissed++;
                }
            }
        }
        out.append("<li>Triage: ").append(confirmed).append(" confirmed, ").append(dismissed).append(" dismissed, ")
                .append(index.findings.size() - confirmed - dismissed).append(" open.</li>");
        listFiles(out, "Different story", index.columns.stream().filter(s -> !s.sameStory()).toList());
        listFiles(out, "Machine translated", index.columns.stream().filter(SourceSummary::machineTranslated).toList());
        for (LoadWarning w : report.warnings()) {
            out.append("<li class=\"warn\">").append(Text.html(w.file())).append(": ").append(Text.html(w.message())).append("</li>");
        }
        for (String notice : report.notices()) {
            out.append("<li class=\"warn\">").append(Text.html(notice)).append("</li>");
        }
        out.append("</ul>");
        alteredQuotes(out, index, views);
        HowMuchTable.write(out, index);
        out.append("</section>");
    }

    private static String findingWords(ReportIndex index) {
        Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
        index.findings.forEach(n -> counts.merge(n.finding().kind(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return "No findings.";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, c) -> parts.add(c + " " + Labels.plural(k, c)));
        int total = index.findings.size();
        return total + (total == 1 ? " finding: " : " findings: ") + String.join(", ", parts) + ".";
    }

    private static void listFiles(StringBuilder out, String label, List<SourceSummary> copies) {
        if (copies.isEmpty()) {
            return;
        }
        out.append("<li>").append(label).append(": ");
        for (int i = 0; i < copies.size(); i++) {
            out.append(i == 0 ? "" : ", ").append("<b>").append(Text.html(copies.get(i).file())).append("</b>");
        }
        out.append(".</li>");
    }

    private static void alteredQuotes(StringBuilder out, ReportIndex index, CopyViews views) {
        out.append("<h3>Where the altered quotes are</h3>");
        Map<QuoteStatus, Integer> statuses = new EnumMap<>(QuoteStatus.class);
        index.report.quotes().forEach(q -> q.variants().forEach(v -> statuses.merge(v.status(), 1, Integer::sum)));
        out.append("<p>").append(index.report.quotes().size()).append(" quotes in the ledger");
        String lead = "; in the copies: ";
        for (Map.Entry<QuoteStatus, Integer> e : statuses.entrySet()) {
            out.append(lead).append(e.getValue()).append(' ').append(Labels.words(e.getKey()).toLowerCase(Locale.ROOT));
            lead = ", ";
        }
        out.append(".</p>");
        List<ReportIndex.Numbered> altered = index.findings.stream()
                .filter(n -> n.finding().kind() == FindingKind.ALTERED_QUOTE).toList();
        if (altered.isEmpty()) {
            out.append("<p>No altered quotes.</p>");
            return;
        }
        out.append("<ul class=\"aq-list\">");
        for (SourceSummary s : index.columns) {
            List<ReportIndex.Numbered> here = altered.stream().filter(n -> n.finding().source().equals(s.id())).toList();
            if (here.isEmpty()) {
                continue;
            }
            out.append("<li><b>").append(Text.html(s.file())).append("</b> (").append(here.size()).append("):");
            String sep = " ";
            for (ReportIndex.Numbered n : here) {
                int row = views.rowAt(s.id(), n.finding().span().start());
                out.append(sep).append("<a class=\"ref k-aq\" href=\"#").append(n.marker()).append("\">").append(n.n())
                        .append("</a>").append(row >= 0 ? " row " + (row + 1) : "");
                sep = ", ";
            }
            out.append(".</li>");
        }
        out.append("</ul>");
    }
}
