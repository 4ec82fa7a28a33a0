package dev.syndiff.export.html;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.SpanRef;
import dev.syndiff.core.model.TriageMark;
import java.util.Locale;

/**
 * The findings, grouped by kind and then by copy, each with its explanation, its triage mark
 * and links both ways. The wording itself is in the table one click away; only findings with
 * no counterpart (whose explanation cannot quote a comparison) repeat a short excerpt here.
 */
final class FindingsSection {
    private static final int CLIP = 40;
    /** Below this the entry says how sure the engine is; the JSON report has every confidence and id. */
    private static final double LOW_CONFIDENCE = 0.6;

    private FindingsSection() {
    }

    static void write(StringBuilder out, ReportIndex index, CopyViews views) {
        out.append("<section id=\"findings\"><h2>Findings (").append(index.findings.size()).append(")</h2>");
        if (index.findings.isEmpty()) {
            out.append("<p>No findings.</p>");
        }
        FindingKind kind = null;
        String source = null;
        for (ReportIndex.Numbered n : index.findings) {
            Finding f = n.finding();
            if (f.kind() != kind) {
                out.append(kind == null ? "" : "</ol>");
                kind = f.kind();
                FindingKind k = kind;
                long count = index.findings.stream().filter(x -> x.finding().kind() == k).count();
                out.append("<h3 class=\"").append(Labels.kindClass(kind)).append("\">")
                        .append(Labels.words(kind)).append(" (").append(count).append(")</h3>");
                source = null;
            }
            if (!f.source().equals(source)) {
                out.append(source == null ? "" : "</ol>").append("<p class=\"fh\">in <b>")
                        .append(Text.html(index.fileOf(f.source()))).append("</b></p><ol class=\"fl ").append(Labels.kindClass(kind)).append("\">");
                source = f.source();
            }
            entry(out, index, views, n);
        }
        out.append(kind == null ? "" : "</ol>").append("</section>");
    }

    private static void entry(StringBuilder out, ReportIndex index, CopyViews views, ReportIndex.Numbered n) {
        Finding f = n.finding();
        TriageMark mark = n.mark();
        String triage = mark == null ? "" : mark.verdict() == TriageMark.Verdict.CONFIRMED ? " ok" : " no";
        out.append("<li id=\"").append(n.entry()).append(triage.isEmpty() ? "" : "\" class=\"" + triage.strip())
                .append("\"><a href=\"#").append(n.marker()).append("\">").append(n.n()).append("</a>");
        if (mark != null) {
            out.append(" <span class=\"verdict").append(triage).append("\">")
                    .append(mark.verdict() == TriageMark.Verdict.CONFIRMED ? "Confirmed" : "Dismissed").append("</span>");
        }
        out.append(' ').append(Text.html(f.explanation()));
        SpanRef cp = f.counterpart();
        if (cp == null) {
            out.append(" <i dir=\"auto\">").append(Text.html(Text.clip(f.text(), CLIP))).append("</i>");
        }
        if (f.confidence() < LOW_CONFIDENCE) {
            out.append(" <small>(low confidence ").append(String.format(Locale.ROOT, "%.2f", f.confidence()))
                    .append(")</small>");
        }
        String row = cp == null ? null : views.rowId(cp.source(), cp.start(), cp.end());
        if (row != null) {
            out.append(" <a class=\"vs\" href=\"#").append(row).append("\">counterpart</a>");
        }
        if (mark != null && mark.note() != null && !mark.note().isBlank()) {
            out.append("<br><span class=\"note\">Note: ").append(Text.html(mark.note())).append("</span>");
        }
        out.append("</li>");
    }
}
