package dev.syndiff.export.html;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.SourceSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The copies in columns (reference first), one table row per aligned row; what is not
 * aligned (headline, chrome, comments, ads, appended articles) sits muted in rows of its
 * own at its place in the document.
 */
final class SideBySideTable {
    private final ReportIndex index;
    private final CopyViews views;

    SideBySideTable(ReportIndex index, CopyViews views) {
        this.index = index;
        this.views = views;
    }

    void write(StringBuilder out) {
        int n = index.columns.size();
        String width = n > 10 ? " sbs-xl" : n > 5 ? " sbs-l" : "";
        out.append("<section id=\"copies\"><h2>Copies side by side</h2><div class=\"wide\"><table class=\"sbs")
                .append(width).append("\"><thead><tr><th class=\"rn\">Row</th>");
        for (SourceSummary s : index.columns) {
            CopyHeader.write(out, index, s);
        }
        out.append("</tr></thead><tbody>");
        List<AlignmentRow> rows = index.report.alignment();
        for (int r = 0; r <= rows.size(); r++) {
            looseRow(out, r);
            if (r < rows.size()) {
                alignedRow(out, r, rows.get(r));
            }
        }
        out.append("</tbody></table></div></section>");
    }

    private void looseRow(StringBuilder out, int before) {
        List<String> cells = new ArrayList<>();
        boolean any = false;
        for (SourceSummary s : index.columns) {
            CopyView v = views.get(s.id());
            StringBuilder cell = new StringBuilder();
            Role last = null;
            boolean first = true;
            if (v != null) {
                for (CopyLayout.Piece p : v.layout.looseBefore(before)) {
                    cell.append("<div class=\"seg ").append(p.role() == null ? "r-none" : Labels.roleClass(p.role())).append("\">");
                    if (first || p.role() != last) {
                        // its own dir: the cell's dir="auto" skips the English label and reads the copy's text
                        cell.append("<b class=\"role\" dir=\"ltr\">").append(roleWords(p.role(), s)).append("</b> ");
                    }
                    cell.append(v.render(p)).append("</div>");
                    last = p.role();
                    first = false;
                }
            }
            any |= !first;
            cells.add(cell.toString());
        }
        if (!any) {
            return;
        }
        out.append("<tr id=\"g").append(before).append("\" class=\"gap\"><th></th>");
        for (int c = 0; c < cells.size(); c++) {
            out.append(cellOpen("", !cells.get(c).isEmpty())).append(cells.get(c)).append("</td>");
        }
        out.append("</tr>");
    }

    private void alignedRow(StringBuilder out, int r, AlignmentRow row) {
        out.append("<tr id=\"r").append(r).append("\"><th>").append(r + 1);
        if (row.cells().size() > 1) {
            out.append("<small>").append(Labels.relationShort(row.relation())).append("</small>");
        }
        out.append("</th>");
        for (int c = 0; c < index.columns.size(); c++) {
            String id = index.columns.get(c).id();
            List<String> ids = row.cells().getOrDefault(id, List.of());
            Relation rel = HowMuchTable.relationOf(row, id);
            String cls = rel != null ? Labels.relationClass(rel) : id.equals(row.counterpart()) ? "cp" : "";
            if (ids.isEmpty()) {
                cls = "";
            }
            CopyView v = views.get(id);
            out.append(cellOpen(cls, v != null && !ids.isEmpty()));
            String sep = "";
            for (String sid : ids) {
                CopyLayout.Piece p = v == null ? null : v.layout.sentence(sid);
                if (p != null && p.row() == r) {
                    out.append(sep).append(v.render(p));
                    sep = " ";
                }
            }
            out.append("</td>");
        }
        out.append("</tr>");
    }

    /**
     * A cell with a copy's text takes its direction from its own first strong letter
     * ({@code dir="auto"}): an Arabic or Hebrew cell reads right to left beside an English one.
     * Empty cells have no text to direct and stay bare (the export's size is bounded).
     */
    private static String cellOpen(String cls, boolean text) {
        String dir = text ? " dir=\"auto\"" : "";
        return cls.isEmpty() ? "<td" + dir + ">" : "<td class=\"" + cls + "\"" + dir + ">";
    }

    private static String roleWords(Role role, SourceSummary s) {
        if (role == null) {
            return "Unclassified";
        }
        if (role == Role.BODY) {
            return s.sameStory() ? "Not aligned" : "Other story";
        }
        return Labels.words(role);
    }
}
