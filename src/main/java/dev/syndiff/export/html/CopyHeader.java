package dev.syndiff.export.html;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.SourceSummary;
import java.util.EnumMap;
import java.util.Map;

/** The head of a copy's column: file, encoding, language, same story or not, counts per kind. */
final class CopyHeader {
    private CopyHeader() {
    }

    static void write(StringBuilder out, ReportIndex index, SourceSummary s) {
        String id = s.id();
        boolean ref = index.isReference(id);
        out.append("<th class=\"src").append(ref ? " ref" : "").append(s.sameStory() ? "" : " other").append("\">");
        out.append("<b>").append(Text.html(s.file())).append("</b>");
        if (ref) {
            out.append(" <span class=\"tag\">reference</span>");
        } else if (id.equals(index.report.secondaryReference())) {
            out.append(" <span class=\"tag\">secondary reference</span>");
        }
        out.append("<br><small>").append(Text.html(s.encoding())).append(" \u00b7 ")
                .append(Text.html(s.language())).append(" \u00b7 ").append(s.chars()).append(" chars</small><br>");
        out.append(s.sameStory() ? "<span class=\"tag same\">same story</span>"
                : "<span class=\"tag diff\">different story</span>");
        if (s.machineTranslated()) {
            out.append(" <span class=\"tag mt\">machine translated</span>");
        }
        if (!s.warnings().isEmpty()) {
            out.append(" <span class=\"tag warn\">").append(s.warnings().size()).append(" warning")
                    .append(s.warnings().size() == 1 ? "" : "s").append("</span>");
        }
        out.append("<br>");
        for (Map.Entry<FindingKind, Integer> e : counts(index, id).entrySet()) {
            out.append("<span class=\"cnt ").append(Labels.kindClass(e.getKey())).append("\">")
                    .append(Labels.code(e.getKey()).toUpperCase(java.util.Locale.ROOT)).append(' ')
                    .append(e.getValue()).append("</span>");
        }
        out.append("</th>");
    }

    static Map<FindingKind, Integer> counts(ReportIndex index, String sourceId) {
        Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
        for (ReportIndex.Numbered n : index.findings) {
            if (n.finding().source().equals(sourceId)) {
                counts.merge(n.finding().kind(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
