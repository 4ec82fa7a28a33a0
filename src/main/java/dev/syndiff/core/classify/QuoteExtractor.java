package dev.syndiff.core.classify;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds quotations marked with curly, straight, low-high or angle quotation marks, double or
 * single, either way round (German »…« and ›…‹ too), plus the marks ICU's locale data gives the
 * copy's language (Japanese 「…」, Swedish ”…”, German ‚…‘); an apostrophe inside a word
 * ("Putin's") is not a quotation mark. A quotation left open runs to the end of its paragraph.
 * Linear in the text: one pass, no regular expressions.
 */
public final class QuoteExtractor {
    private static final int MAX_QUOTE = 2000;
    /** Per language: opening and closing marks from CLDR (primary and alternate quotation). */
    private static final Map<String, char[]> MARKS = new ConcurrentHashMap<>();
    /** Marks read the same way in every language (below); the language's data adds the others. */
    private static final String COMMON_OPENERS = "\u201C\u201E\u00AB\u2039\u00BB\u203A\"\u2018'";

    private QuoteExtractor() {
    }

    /** Quotations in any language's common marks. */
    public static List<Quote> extract(String text) {
        return extract(text, "und");
    }

    /** Quotations in the common marks and in those of {@code lang} (ISO 639-1) per ICU. */
    public static List<Quote> extract(String text, String lang) {
        char[] marks = marks(lang);
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
                char expected = opener(text, i, marks);
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

    /**
     * As {@link #extract(String, String)}, one paragraph at a time through {@code paragraphs}, a
     * run's memo of each paragraph's quotations (at offset 0) in this language: a quotation never
     * runs across a paragraph break, and the marks' tests read no further than the break, so a
     * paragraph's quotations are the same wherever it stands. Copies of one story repeat most of
     * their paragraphs verbatim.
     */
    public static List<Quote> extract(String text, String lang, Map<String, List<Quote>> paragraphs) {
        List<Quote> out = new ArrayList<>();
        int n = text.length();
        int from = 0;
        while (true) {
            int end = nextBreak(text, from);
            List<Quote> local = paragraphs.computeIfAbsent(text.substring(from, end), p -> extract(p, lang));
            for (Quote q : local) {
                out.add(from == 0 ? q : new Quote(shift(q.outer(), from), shift(q.inner(), from)));
            }
            if (end >= n) {
                return out;
            }
            from = end + 1;
        }
    }

    /** The first paragraph break at or after {@code from}, or the text's length. */
    private static int nextBreak(String t, int from) {
        for (int i = t.indexOf('\n', from); i >= 0; i = t.indexOf('\n', i + 1)) {
            if (isParagraphBreak(t, i)) {
                return i;
            }
        }
        return t.length();
    }

    private static Span shift(Span s, int by) {
        return new Span(s.start() + by, s.end() + by);
    }

    /**
     * The language's pairs as [open1, close1, open2, close2]; none for "und" or where CLDR's marks
     * are not single characters.
     */
    static char[] marks(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("und")) {
            return new char[0];
        }
        return MARKS.computeIfAbsent(lang, l -> {
            LocaleData data = LocaleData.getInstance(new ULocale(l));
            StringBuilder b = new StringBuilder();
            for (int[] pair : new int[][] {{LocaleData.QUOTATION_START, LocaleData.QUOTATION_END},
                    {LocaleData.ALT_QUOTATION_START, LocaleData.ALT_QUOTATION_END}}) {
                String open = data.getDelimiter(pair[0]);
                String close = data.getDelimiter(pair[1]);
                if (open.length() == 1 && close.length() == 1) {
                    b.append(open).append(close);
                }
            }
            return b.toString().toCharArray();
        });
    }

    /** The mark that would close a quotation opened at i, or 0 when i opens none. */
    static char opener(String t, int i, char[] marks) {
        char c = t.charAt(i);
        if (c < 0x80 && c != '"' && c != '\'' && !among(c, marks)) {
            return 0; // no common opener is ASCII but these two: most characters open nothing
        }
        return openerTested(t, i, marks);
    }

    private static boolean among(char c, char[] marks) {
        for (char m : marks) {
            if (m == c) {
                return true;
            }
        }
        return false;
    }

    /** {@link #opener} with every test made. */
    static char openerTested(String t, int i, char[] marks) {
        char c = t.charAt(i);
        boolean startOfWord = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
        boolean beforeText = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
        if (COMMON_OPENERS.indexOf(c) < 0) {
            for (int k = 0; k + 1 < marks.length; k += 2) {
                // a mark only the language uses: 「 in Japanese, ” opening in Swedish, ‚ in German
                if (c == marks[k] && beforeText && (marks[k] != marks[k + 1] || startOfWord)) {
                    return marks[k + 1];
                }
            }
            return 0;
        }
        boolean beforeWord = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
        return switch (c) {
            case '\u201C' -> beforeText ? '\u201D' : 0;
            case '\u201E' -> beforeText ? '\u201C' : 0;
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            case '\u00BB' -> startOfWord && beforeWord ? '\u00AB' : 0; // German »Zitat«
            case '\u203A' -> startOfWord && beforeWord ? '\u2039' : 0; // German ›Zitat‹
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
        if (closer == '\u201C') {
            return c == '\u201C' || c == '\u201D'; // „…“ in German, „…” in Polish, Hungarian, Romanian
        }
        if (closer == '\u00AB') {
            return c == '\u00AB' || c == '\u00BB'; // »…« in German, »…» in Swedish and Finnish
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
        while (innerStart < innerEnd && isSpace(text.charAt(innerStart))) {
            innerStart++; // French « mots » with (no-break) spaces inside the marks
        }
        while (innerEnd > innerStart && isSpace(text.charAt(innerEnd - 1))) {
            innerEnd--;
        }
        int outerEnd = closed ? end : innerEnd;
        if (innerEnd > innerStart) {
            out.add(new Quote(new Span(open, outerEnd), new Span(innerStart, innerEnd)));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
