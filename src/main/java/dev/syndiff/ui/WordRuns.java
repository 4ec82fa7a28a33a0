package dev.syndiff.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Restyles a complex-script pane word by word, so that each word is one JavaFX Text node. Why:
 * JavaFX 21's text layout on Linux (Pango shaping) draws a shaped run (Arabic, Devanagari...)
 * that wraps across lines with the rest of the run repeated on every line, and it joins no
 * letters across two Text nodes, so a highlight ending inside an Arabic word broke the word
 * (and left a lone shadda on a dotted circle). A word therefore takes every style that touches
 * any of its letters, and no run is split at a line end; bidi order across the nodes stays right.
 */
final class WordRuns {
    /** Two alternating marker classes with no CSS rules: equal neighbours would be merged again. */
    static final String EVEN = "word-run";
    static final String ODD = "word-run-odd";

    private WordRuns() {
    }

    static StyleSpans<Collection<String>> split(StyleSpans<Collection<String>> spans, String text) {
        int length = Math.min(text.length(), spans.length());
        if (length == 0 || length != spans.length()) {
            return spans;
        }
        List<int[]> ranges = new ArrayList<>();
        List<Collection<String>> styles = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            ranges.add(new int[] {at, at + span.getLength()});
            styles.add(span.getStyle());
            at += span.getLength();
        }
        StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
        int span = 0;
        int word = 0;
        for (int pos = 0; pos < length; word++) {
            int end = nextWordEnd(text, pos);
            Set<String> style = new LinkedHashSet<>();
            while (ranges.get(span)[1] <= pos) {
                span++;
            }
            for (int s = span; s < ranges.size() && ranges.get(s)[0] < end; s++) {
                if (ranges.get(s)[1] > ranges.get(s)[0]) {
                    style.addAll(styles.get(s));
                }
            }
            style.add(word % 2 == 0 ? EVEN : ODD);
            out.add(List.copyOf(style), end - pos);
            pos = end;
        }
        return out.create();
    }

    /** A word runs up to and including the blanks after it, so line breaks fall at run ends. */
    private static int nextWordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.max(i, Math.min(from + 1, text.length()));
    }
}
