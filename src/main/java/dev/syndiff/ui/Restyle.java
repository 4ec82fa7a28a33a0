package dev.syndiff.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * New styles for text already in a pane, paragraph by paragraph: RichTextFX builds a new cell
 * for every restyled paragraph, so a paragraph whose styles did not change is left alone (showing
 * another copy or toggling a filter changes a few paragraphs of the reference, not all of them).
 */
final class Restyle {
    private Restyle() {
    }

    /** Gives {@code area} these styles (as long as its text); returns how many paragraphs changed. */
    static int apply(StyleClassedTextArea area, StyleSpans<Collection<String>> spans) {
        int n = area.getParagraphs().size();
        List<int[]> runs = new ArrayList<>(); // paragraphs [from, to) whose styles changed
        int changed = 0;
        int pos = 0;
        for (int p = 0; p < n; p++) {
            int len = area.getParagraphLength(p);
            if (len > 0 && !sameRuns(area.getStyleSpans(p), spans.subView(pos, pos + len))) {
                changed++;
                if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == p) {
                    runs.get(runs.size() - 1)[1] = p + 1;
                } else {
                    runs.add(new int[] {p, p + 1});
                }
            }
            pos += len + 1;
        }
        if (runs.size() > 8 || 2 * changed > n) {
            area.setStyleSpans(0, spans); // most of it changed: one edit is cheaper than many
            return changed;
        }
        for (int[] r : runs) {
            int from = area.getAbsolutePosition(r[0], 0);
            int to = area.getAbsolutePosition(r[1] - 1, area.getParagraphLength(r[1] - 1));
            area.setStyleSpans(from, spans.subView(from, to));
        }
        return changed;
    }

    /** The same styles over the same lengths, once neighbouring spans of one style are joined. */
    static boolean sameRuns(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        return joined(a).equals(joined(b));
    }

    /** Each run's style classes (as a set: their order does not matter to CSS) and length. */
    private record Run(Set<String> style, int length) { }

    private static List<Run> joined(StyleSpans<Collection<String>> spans) {
        List<Run> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            if (s.getLength() == 0) {
                continue;
            }
            Set<String> style = Set.copyOf(s.getStyle());
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.style().equals(style)) {
                out.set(out.size() - 1, new Run(style, last.length() + s.getLength()));
            } else {
                out.add(new Run(style, s.getLength()));
            }
        }
        return out;
    }
}
