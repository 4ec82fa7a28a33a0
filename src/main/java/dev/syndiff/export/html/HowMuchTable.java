package dev.syndiff.export.html;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.SourceSummary;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How much each copy differs: the rows it takes part in, by its relation to the counterpart. */
final class HowMuchTable {
    private HowMuchTable() {
    }

    /** A cell's relation: its own, or the row's where the cell stands alone; null for the counterpart. */
    static Relation relationOf(AlignmentRow row, String sourceId) {
        Relation own = row.relations().get(sourceId);
        if (own != null) {
            return own;
        }
        return row.cells().size() == 1 && row.cells().containsKey(sourceId) ? row.relation() : null;
    }

    static void write(StringBuilder out, ReportIndex index) {
        List<AlignmentRow> rows = index.report.alignment();
        out.append("<h3>How much changed</h3><p>").append(rows.size()).append(" aligned rows.</p>")
                .append("<div class=\"wide\"><table class=\"how\"><thead><tr><th>Copy</th><th>Rows</th>");
        for (Relation r : Relation.values()) {
            out.append("<th>").append(Labels.words(r)).append("</th>");
        }
        out.append("<th>Findings</th><th>Notes</th></tr></thead><tbody>");
        for (SourceSummary s : index.columns) {
            Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
            int present = 0;
            for (AlignmentRow row : rows) {
                if (row.cells().getOrDefault(s.id(), List.of()).isEmpty()) {
                    continue;
                }
                present++;
                Relation rel = relationOf(row, s.id());
                if (rel != null) {
                    counts.merge(rel, 1, Integer::sum);
                }
            }
            out.append("<tr><th>").append(Text.html(s.file())).append("</th><td>").append(present).append("</td>");
            for (Relation r : Relation.values()) {
                out.append("<td>").append(counts.getOrDefault(r, 0)).append("</td>");
            }
            long findings = index.findings.stream().filter(n -> n.finding().source().equals(s.id())).count();
            out.append("<td>").append(findings).append("</td><td class=\"notes\">");
            for (String note : s.notes()) {
                out.append(Text.html(note)).append(' ');
            }
            for (String w : s.warnings()) {
                out.append("<span class=\"warn\">").append(Text.html(w)).append("</span> ");
            }
            out.append("</td></tr>");
        }
        out.append("</tbody></table></div>");
    }
}
