package dev.syndiff.core.classify;

import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations marked with curly, straight, low-high or angle quotation marks, double or
 * single; an apostrophe inside a word ("Putin's") is not a quotation mark. A quotation left
 * open runs to the end of its paragraph. Linear in the text: one pass, no regular expressions.
 */
public final class QuoteExtractor {
    private static final int MAX_QUOTE = 2000;

    private QuoteExtractor() {
    }

    public static List<Quote> extract(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && (isParagraphBreak(text, i) || i - open > MAX_QUOTE)) {
                add(out, text, open, i, false);
                open = -1;
            }
            if (open < 0) {
                char expected = opener(text, i);
                if (expected != 0) {
                    open = i;
                    closer = expected;
                }
            } else if (closes(text, i, closer)) {
                add(out, text, open, i + 1, true);
                open = -1;
            }
        }
        if (open >= 0) {
            add(out, text, open, text.length(), false);
        }
        return out;
    }

    /** The mark that would close a quotation opened at i, or 0 when i opens none. */
    private static char opener(String t, int i) {
        char c = t.charAt(i);
        boolean startOfWord = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
        boolean beforeText = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
        return switch (c) {
            case '\u201C' -> beforeText ? '\u201D' : 0;
            case '\u201E' -> beforeText ? '\u201C' : 0;
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            case '"' -> startOfWord && beforeText ? '"' : 0;
            case '\u2018' -> startOfWord && beforeText ? '\u2019' : 0;
            case '\'' -> startOfWord && beforeText && Character.isLetterOrDigit(t.charAt(i + 1)) ? '\'' : 0;
            default -> 0;
        };
    }

    private static boolean closes(String t, int i, char closer) {
        char c = t.charAt(i);
        boolean endOfWord = i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1));
        if (closer == '\u201D') {
            return c == '\u201D' || c == '"' && endOfWord;
        }
        if (closer == '\u2019' || closer == '\'') {
            return (c == '\u2019' || c == '\'') && endOfWord && i > 0 && !Character.isWhitespace(t.charAt(i - 1));
        }
        if (closer == '"') {
            return c == '"' && endOfWord || c == '\u201D';
        }
        return c == closer;
    }

    private static boolean isParagraphBreak(String t, int i) {
        return t.charAt(i) == '\n' && i + 1 < t.length() && (t.charAt(i + 1) == '\n' || t.charAt(i + 1) == '\r');
    }

    private static void add(List<Quote> out, String text, int open, int end, boolean closed) {
        int innerStart = open + 1;
        int innerEnd = closed ? end - 1 : end;
        while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
            innerEnd--;
        }
        int outerEnd = closed ? end : innerEnd;
        if (innerEnd > innerStart) {
            out.add(new Quote(new Span(open, outerEnd), new Span(innerStart, innerEnd)));
        }
    }
}
