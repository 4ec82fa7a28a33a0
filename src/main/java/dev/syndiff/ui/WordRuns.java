package dev.syndiff.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Cuts style spans at every word so that each word is its own JavaFX Text node. Why: JavaFX 21's
 * text layout on Linux (Pango shaping) draws a complex-script run (Arabic, Devanagari...) that
 * wraps across lines with the rest of the run repeated on every line; a run that never has to be
 * split at a line end is drawn right, and bidi ordering across the nodes stays correct.
 */
final class WordRuns {
    /** Two alternating marker classes with no CSS rules: equal neighbours would be merged again. */
    static final String EVEN = "word-run";
    static final String ODD = "word-run-odd";

    private WordRuns() {
    }

    static StyleSpans<Collection<String>> split(StyleSpans<Collection<String>> spans, String text) {
        StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
        int pos = 0;
        int word = 0;
        int wordEnd = nextWordEnd(text, 0);
        for (StyleSpan<Collection<String>> span : spans) {
            int end = Math.min(text.length(), pos + span.getLength());
            while (pos < end) {
                int cut = Math.min(end, wordEnd);
                out.add(with(span.getStyle(), word), cut - pos);
                pos = cut;
                if (pos == wordEnd) {
                    word++;
                    wordEnd = nextWordEnd(text, pos);
                }
            }
        }
        return pos == 0 ? spans : out.create();
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

    private static Collection<String> with(Collection<String> style, int word) {
        List<String> s = new ArrayList<>(style.size() + 1);
        s.addAll(style);
        s.add(word % 2 == 0 ? EVEN : ODD);
        return s;
    }
}
