package dev.syndiff.export.html;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.SpanRef;
import dev.syndiff.core.model.TriageMark;
import java.util.Locale;

/** The findings, grouped by kind, each with its explanation, its triage mark and links both ways. */
final class FindingsSection {
    private static final int CLIP = 220;

    private FindingsSection() {
    }

    static void write(StringBuilder out, ReportIndex index, CopyViews views) {
        out.append("<section id=\"findings\"><h2>Findings (").append(index.findings.size()).append(")</h2>");
        if (index.findings.isEmpty()) {
            out.append("<p>No findings.</p>");
        }
        FindingKind open = null;
        for (ReportIndex.Numbered n : index.findings) {
            FindingKind kind = n.finding().kind();
            if (kind != open) {
                if (open != null) {
                    out.append("</ol>");
                }
                long count = index.findings.stream().filter(x -> x.finding().kind() == kind).count();
                out.append("<h3 class=\"").append(Labels.kindClass(kind)).append("\">")
                        .append(Labels.words(kind)).append(" (").append(count).append(")</h3><ol class=\"fl\">");
                open = kind;
            }
            entry(out, index, views, n);
        }
        if (open != null) {
            out.append("</ol>");
        }
        out.append("</section>");
    }

    private static void entry(StringBuilder out, ReportIndex index, CopyViews views, ReportIndex.Numbered n) {
        Finding f = n.finding();
        String kind = Labels.kindClass(f.kind());
        TriageMark mark = n.mark();
        String triage = mark == null ? "" : mark.verdict() == TriageMark.Verdict.CONFIRMED ? " ok" : " no";
        out.append("<li id=\"").append(n.entry()).append("\" class=\"").append(kind).append(triage).append("\">");
        out.append("<a class=\"ref ").append(kind).append("\" href=\"#").append(n.marker()).append("\">")
                .append(n.n()).append("</a> <b>").append(Labels.words(f.kind())).append("</b> in <b>")
                .append(Text.html(index.fileOf(f.source()))).append("</b>");
        int row = views.rowAt(f.source(), f.span().start());
        if (row >= 0) {
            out.append(", <a href=\"#r").append(row).append("\">row ").append(row + 1).append("</a>");
        }
        out.append(" <small>").append(Text.html(f.id())).append(" \u00b7 confidence ")
                .append(String.format(Locale.ROOT, "%.2f", f.confidence())).append("</small>");
        if (mark != null) {
            out.append(" <span class=\"verdict").append(triage).append("\">")
                    .append(mark.verdict() == TriageMark.Verdict.CONFIRMED ? "Confirmed" : "Dismissed").append("</span>");
        }
        out.append("<br><span class=\"said\">").append(Text.html(Text.clip(f.text(), CLIP))).append("</span>");
        SpanRef cp = f.counterpart();
        if (cp != null) {
            out.append(" <span class=\"vs\">vs <a href=\"#").append(n.counterpart()).append("\">")
                    .append(Text.html(index.fileOf(cp.source()))).append("</a>: <span class=\"said\">")
                    .append(Text.html(Text.clip(cp.text(), CLIP))).append("</span></span>");
        }
        out.append("<p class=\"why\">").append(Text.html(f.explanation())).append("</p>");
        if (mark != null && mark.note() != null && !mark.note().isBlank()) {
            out.append("<p class=\"note\">Note: ").append(Text.html(mark.note())).append("</p>");
        }
        out.append("</li>");
    }
}
