package dev.syndiff.core.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits text into word tokens with ICU's word break rules, keeping original offsets. */
public final class Tokenizer {
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(Locale.ROOT);
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\u00A0\u202F ]\\d{3})+");

    private Tokenizer() {
    }

    /** The words (letters or digits) of text[from, to). */
    public static List<WordToken> words(String text, int from, int to) {
        BreakIterator it = WORDS.get();
        String part = text.substring(from, to);
        it.setText(part);
        List<WordToken> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int status = it.getRuleStatus();
            if (status == BreakIterator.WORD_NONE) {
                continue;
            }
            String word = part.substring(start, end);
            if (!hasLetterOrDigit(word)) {
                continue;
            }
            String norm = normalize(word);
            out.add(new WordToken(word, norm, stem(norm), from + start, from + end));
        }
        return out;
    }

    public static List<WordToken> words(String text) {
        return words(text, 0, text.length());
    }

    /** Case and typography folded; digit groups joined ("3,000" and "3.000" both give "3000"). */
    public static String normalize(String word) {
        String w = word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        // a digit group starts with an ASCII digit: skip the matcher for every other word
        if (!w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9' && GROUPED.matcher(w).matches()) {
            w = w.replaceAll("[,.\u00A0\u202F ]", "");
        }
        w = w.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("s'")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** A crude, language-blind stem: enough to match "talks"/"talk", "contrasted"/"contrasts". */
    public static String stem(String norm) {
        if (norm.isEmpty() || Character.isDigit(norm.charAt(0))) {
            return norm;
        }
        String s = norm;
        if (s.length() > 4) {
            if (s.endsWith("ies")) {
                s = s.substring(0, s.length() - 3) + "y";
            } else if (s.endsWith("ing") && s.length() > 5) {
                s = s.substring(0, s.length() - 3);
            } else if (s.endsWith("ed") && s.length() > 5) {
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("es") && s.length() > 5) {
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("s") && !s.endsWith("ss")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.length() > 7 ? s.substring(0, 7) : s;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
