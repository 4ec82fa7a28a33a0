package dev.syndiff.export.html;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.SpanRef;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.core.model.WordEdit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds every copy's view: layout from the alignment, then findings, word edits and quotes on it. */
final class CopyViews {
    private final Map<String, CopyView> views = new HashMap<>();

    CopyViews(ReportIndex index) {
        List<AlignmentRow> rows = index.report.alignment();
        Map<String, Map<String, Integer>> rowOf = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (Map.Entry<String, List<String>> cell : rows.get(r).cells().entrySet()) {
                Map<String, Integer> m = rowOf.computeIfAbsent(cell.getKey(), k -> new HashMap<>());
                for (String id : cell.getValue()) {
                    m.putIfAbsent(id, r);
                }
            }
        }
        for (SourceSummary s : index.columns) {
            Article a = index.article(s.id());
            if (a != null) {
                CopyLayout layout = new CopyLayout(a, rowOf.getOrDefault(s.id(), Map.of()), rows.size());
                views.put(s.id(), new CopyView(layout, a.segments()));
            }
        }
        for (AlignmentRow row : rows) {
            for (WordEdit e : row.edits()) {
                addEdit(e);
            }
        }
        addQuotes(index.report.quotes());
        for (ReportIndex.Numbered n : index.findings) {
            addFinding(n);
        }
    }

    CopyView get(String sourceId) {
        return views.get(sourceId);
    }

    /** The row id where [start, end) of a copy is shown, or null for a copy not in the table. */
    String rowId(String sourceId, int start, int end) {
        CopyView v = views.get(sourceId);
        return v == null ? null : v.layout.rowId(start, end);
    }

    int rowAt(String sourceId, int offset) {
        CopyView v = views.get(sourceId);
        return v == null ? -1 : v.layout.rowAt(offset);
    }

    private void addEdit(WordEdit e) {
        CopyView v = views.get(e.source());
        if (v != null) {
            String tag = switch (e.type()) {
                case CHANGE -> "u";
                case INSERT -> "strong";
                case DELETE -> "s";
            };
            v.mark(e.span().start(), e.span().end(), tag, null);
        }
        CopyView cp = views.get(e.counterpartSource());
        if (cp != null && !e.counterpartSpan().isEmpty()) {
            cp.mark(e.counterpartSpan().start(), e.counterpartSpan().end(), "em", null);
        }
    }

    private void addQuotes(List<QuoteEntry> quotes) {
        for (int i = 0; i < quotes.size(); i++) {
            QuoteEntry q = quotes.get(i);
            SpanRef ref = q.reference();
            if (ref != null && views.containsKey(ref.source())) {
                views.get(ref.source()).mark(ref.start(), ref.end(), "q", null);
                views.get(ref.source()).id(ref.start(), ref.end(), QuoteLedgerSection.refId(i));
            }
            for (int j = 0; j < q.variants().size(); j++) {
                QuoteVariant v = q.variants().get(j);
                CopyView view = views.get(v.source());
                if (v.span() != null && view != null) {
                    view.mark(v.span().start(), v.span().end(), "q", null);
                    view.id(v.span().start(), v.span().end(), QuoteLedgerSection.variantId(i, j));
                }
            }
        }
    }

    private void addFinding(ReportIndex.Numbered n) {
        Finding f = n.finding();
        String kind = Labels.kindClass(f.kind());
        String triage = "";
        if (n.mark() != null) {
            triage = n.mark().verdict() == TriageMark.Verdict.CONFIRMED ? " ok" : " no";
        }
        CopyView v = views.get(f.source());
        if (v != null) {
            if (f.kind() != FindingKind.DIFFERENT_STORY) {
                v.mark(f.span().start(), f.span().end(), kind + triage);
            }
            v.markup(f.span().start(), f.span().end(), "<a class=\"" + kind + triage + "\" id=\""
                    + n.marker() + "\" href=\"#" + n.entry() + "\">" + n.n() + "</a>");
        }
    }
}
