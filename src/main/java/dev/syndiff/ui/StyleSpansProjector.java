package dev.syndiff.ui;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.model.WordEdit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns a report into the style classes of one pane, in one pass: roles, changed words,
 * findings, counterparts and placeholders become intervals, and a sweep over their
 * boundaries builds the spans that a single setStyleSpans call applies. Pure; runs off the FX thread.
 */
public final class StyleSpansProjector {
    /** One class over a pane range; the order field keeps CSS precedence stable. */
    record Interval(int start, int end, String css, int order) { }

    private StyleSpansProjector() {
    }

    public static StyleSpans<Collection<String>> project(ReportIndex index, String source, PaneDocument doc,
                                                         Set<String> shown, Filters filters) {
        return build(intervals(index, source, doc, shown, filters), doc.text().length());
    }

    static List<Interval> intervals(ReportIndex index, String source, PaneDocument doc,
                                    Set<String> shown, Filters filters) {
        List<Interval> out = new ArrayList<>();
        Article article = index.article(source);
        for (Segment s : article.segments()) {
            if (Styles.muted(s.role())) {
                add(out, doc, s.span(), Styles.of(s.role()), 0);
            }
        }
        for (PaneDocument.Piece p : doc.pieces()) {
            if (p.isPlaceholder()) {
                out.add(new Interval(p.paneStart(), p.paneStart() + p.length(), "collapsed", 1));
            }
        }
        for (ReportIndex.RowBlock b : index.blocks(source)) {
            AlignmentRow row = b.row();
            for (WordEdit e : row.edits()) {
                if (e.source().equals(source) && shown.contains(e.counterpartSource())) {
                    add(out, doc, e.span(), Styles.of(e.type()), 2);
                } else if (e.counterpartSource().equals(source) && shown.contains(e.source())) {
                    add(out, doc, e.counterpartSpan(), "edit-counterpart", 2);
                }
            }
        }
        for (Finding f : index.report().findings()) {
            if (!filters.shows(f.kind())) {
                continue;
            }
            if (f.source().equals(source)) {
                add(out, doc, f.span(), "finding", 3);
                add(out, doc, f.span(), Styles.of(f.kind()), 4 + f.kind().ordinal());
            } else if (f.counterpart() != null && f.counterpart().source().equals(source) && shown.contains(f.source())) {
                add(out, doc, f.counterpart().span(), "counterpart", 3);
            }
        }
        return out;
    }

    private static void add(List<Interval> out, PaneDocument doc, Span span, String css, int order) {
        for (int[] r : doc.toPaneRanges(span)) {
            out.add(new Interval(r[0], r[1], css, order));
        }
    }

    static StyleSpans<Collection<String>> build(List<Interval> intervals, int length) {
        // boundaries: +1 at start, -1 at end; sweep and emit the active set between boundaries
        List<int[]> events = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            Interval iv = intervals.get(i);
            int s = Math.max(0, Math.min(iv.start(), length));
            int e = Math.max(s, Math.min(iv.end(), length));
            if (s < e) {
                events.add(new int[] {s, i, 1});
                events.add(new int[] {e, i, -1});
            }
        }
        events.sort(Comparator.comparingInt((int[] a) -> a[0]));
        int[] active = new int[intervals.size()];
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        int k = 0;
        boolean any = false;
        while (k < events.size()) {
            int at = events.get(k)[0];
            if (at > pos) {
                b.add(classes(intervals, active), at - pos);
                any = true;
                pos = at;
            }
            while (k < events.size() && events.get(k)[0] == at) {
                active[events.get(k)[1]] += events.get(k)[2];
                k++;
            }
        }
        if (length > pos || !any) {
            b.add(List.of(), Math.max(0, length - pos));
        }
        return b.create();
    }

    private static Collection<String> classes(List<Interval> intervals, int[] active) {
        List<Interval> on = new ArrayList<>();
        for (int i = 0; i < active.length; i++) {
            if (active[i] > 0) {
                on.add(intervals.get(i));
            }
        }
        on.sort(Comparator.comparingInt(Interval::order));
        List<String> out = new ArrayList<>(on.size());
        for (Interval iv : on) {
            if (!out.contains(iv.css())) {
                out.add(iv.css());
            }
        }
        return out;
    }
}
