package dev.syndiff.ui;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stops of next/previous change, precomputed as Meld does: each changed aligned row
 * among the shown copies, and each visible finding that no changed row already covers.
 */
public final class ChangeIndex {
    /** Where one change sits in each shown pane, with the finding it stands for (if any). */
    public record Stop(double order, Map<String, Span> spans, Finding finding, AlignmentRow row) { }

    private final List<Stop> stops;

    private ChangeIndex(List<Stop> stops) {
        this.stops = List.copyOf(stops);
    }

    public static ChangeIndex build(ReportIndex index, List<String> shown, Filters filters) {
        List<Stop> stops = new ArrayList<>();
        for (AlignmentRow row : index.report().alignment()) {
            if (!changedAmong(row, shown)) {
                continue;
            }
            Map<String, Span> spans = new LinkedHashMap<>();
            for (String s : shown) {
                Span b = index.blockSpan(row, s);
                if (b != null) {
                    spans.put(s, b);
                }
            }
            if (spans.size() > 0) {
                stops.add(new Stop(row.row(), spans, null, row));
            }
        }
        for (Finding f : index.report().findings()) {
            if (!filters.shows(f.kind()) || !shown.contains(f.source()) || coveredByRow(stops, f)) {
                continue;
            }
            Map<String, Span> spans = new LinkedHashMap<>();
            spans.put(f.source(), f.span());
            if (f.counterpart() != null && shown.contains(f.counterpart().source())) {
                spans.put(f.counterpart().source(), f.counterpart().span());
            }
            double order = index.rowBefore(f.source(), f.span().start()) + 0.5
                    + shown.indexOf(f.source()) * 1e-3 + f.span().start() * 1e-9;
            stops.add(new Stop(order, spans, f, null));
        }
        stops.sort(Comparator.comparingDouble(Stop::order));
        return new ChangeIndex(stops);
    }

    private static boolean changedAmong(AlignmentRow row, List<String> shown) {
        int present = 0;
        boolean changed = false;
        for (String s : shown) {
            if (row.cells().containsKey(s)) {
                present++;
                Relation r = row.relations().get(s);
                changed |= r != null && r != Relation.IDENTICAL;
            }
        }
        return changed || present == 1 && shown.size() > 1;
    }

    private static boolean coveredByRow(List<Stop> stops, Finding f) {
        for (Stop s : stops) {
            Span b = s.row() == null ? null : s.spans().get(f.source());
            if (b != null && b.overlaps(f.span())) {
                return true;
            }
        }
        return false;
    }

    public List<Stop> stops() {
        return stops;
    }

    public int size() {
        return stops.size();
    }

    /** Index of the next stop after {@code current} (-1 for none yet), clamped at the end. */
    public int next(int current) {
        return stops.isEmpty() ? -1 : Math.min(current + 1, stops.size() - 1);
    }

    public int previous(int current) {
        return stops.isEmpty() ? -1 : Math.max(current - 1, 0);
    }
}
