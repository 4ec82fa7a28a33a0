package dev.syndiff.core.lang;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokenizer over ICU's word BreakIterator that keeps UTF-16 spans. The normalised form is
 * lower case (root locale) with typographic apostrophes, quotes and dashes folded to ASCII,
 * French/Italian elisions ("l'échec") cut to the word, a conservative English stem, and numbers
 * reduced to their value ("3,000" → "3000") via {@link Numerals}.
 */
public final class Tokens {
    // Building a word BreakIterator costs ~50 µs; one per thread is reused (setText resets it).
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    private Tokens() {}

    /** Word and number tokens of {@code text}; {@code lang} (ISO 639-1 or "und") picks stemming. */
    public static List<Token> of(String text, String lang) {
        List<Token> out = new ArrayList<>();
        BreakIterator words = WORDS.get();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            String surface = text.substring(start, end);
            out.add(new Token(surface, normalise(surface, lang), start, end));
        }
        return out;
    }

    /** The comparison form of one word. */
    public static String normalise(String word, String lang) {
        if (!word.isEmpty() && Character.isDigit(word.codePointAt(0))) {
            String value = Numerals.valueOf(word, lang);
            if (value != null) {
                return value;
            }
        }
        String s = fold(word.toLowerCase(Locale.ROOT)); // root rules: no Turkish dotless-i surprises
        if ("fr".equals(lang) || "it".equals(lang) || "ca".equals(lang)) {
            s = cutElision(s);
        }
        if ("en".equals(lang)) {
            s = stemEnglish(s);
        }
        return s;
    }

    /** Typographic apostrophes, quotes and dashes to their ASCII forms; soft hyphens dropped. */
    public static String fold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00AD' -> '\0';
                default -> c;
            };
            if (f != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && f != '\0') {
                b.append(f);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String cutElision(String s) {
        int q = s.indexOf('\'');
        return q > 0 && q <= 3 && q < s.length() - 1 ? s.substring(q + 1) : s;
    }

    /** Strips -'s, plural -s/-es, -ed and -ing only where a reasonable stem (3+ letters) remains. */
    static String stemEnglish(String s) {
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        int n = s.length();
        if (n > 5 && s.endsWith("ing")) {
            return undouble(s.substring(0, n - 3));
        }
        if (n > 4 && s.endsWith("ed") && !s.endsWith("eed")) {
            return undouble(s.substring(0, n - 2));
        }
        if (n > 4 && s.endsWith("ies")) {
            return s.substring(0, n - 3) + "y";
        }
        if (n > 4 && (s.endsWith("ches") || s.endsWith("shes") || s.endsWith("sses") || s.endsWith("xes"))) {
            return s.substring(0, n - 2);
        }
        if (n > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
