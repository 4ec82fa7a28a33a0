package dev.syndiff.core.lang;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a number written with digits in any common notation ("3,000", "3.000", "3 000",
 * "3'000", "1.5", "1,5", Arabic-Indic digits) and returns its value as a plain decimal string
 * ("3000", "1.5"). Rules, in order: two different marks → the last is the decimal mark; one mark
 * repeated → grouping; one mark once with exactly three digits after it and a 1-3 digit prefix →
 * grouping ("3.000" = 3000 in any language), unless that mark is the language's decimal mark and
 * the fraction does not end in 0 (English "2.125" stays 2.125); otherwise a decimal mark.
 */
public final class Numerals {
    private static final Map<String, Character> DECIMAL_MARK = new ConcurrentHashMap<>();

    private Numerals() {}

    /** The value of {@code written} as a plain decimal string, or null if it is not a number. */
    public static String valueOf(String written, String lang) {
        List<String> groups = new ArrayList<>(4);
        StringBuilder marks = new StringBuilder(4);
        StringBuilder digits = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if (isMark(c) && digits.length() > 0) {
                groups.add(digits.toString());
                digits.setLength(0);
                marks.append(normalMark(c));
            } else {
                return null;
            }
        }
        if (digits.length() == 0) {
            return null;
        }
        groups.add(digits.toString());
        String intPart;
        String frac = "";
        int n = marks.length();
        if (n == 0) {
            intPart = groups.get(0);
        } else {
            char last = marks.charAt(n - 1);
            boolean mixed = marks.chars().anyMatch(m -> m != last);
            if (mixed || last == 'd') {
                // the last mark is the decimal mark; every other must be grouping
                if (!allGrouping(groups, marks, n - 1)) {
                    return null;
                }
                intPart = String.join("", groups.subList(0, n));
                frac = groups.get(n);
            } else if (last == 'g' || n > 1) {
                if (!allGrouping(groups, marks, n)) {
                    return null;
                }
                intPart = String.join("", groups);
            } else if (looksGrouped(groups) && !decimalByLanguage(last, groups.get(1), lang)) {
                intPart = groups.get(0) + groups.get(1);
            } else {
                intPart = groups.get(0);
                frac = groups.get(1);
            }
        }
        BigDecimal v = new BigDecimal(frac.isEmpty() ? intPart : intPart + "." + frac);
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** True for characters that may separate digit groups or mark decimals. */
    static boolean isMark(char c) {
        return c == ',' || c == '.' || c == '\'' || c == '\u2019' || c == '\u066B' || c == '\u066C'
                || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** ',' and '.' stay themselves; marks that can only group become 'g', the Arabic decimal 'd'. */
    private static char normalMark(char c) {
        return switch (c) {
            case ',', '.' -> c;
            case '\u066B' -> 'd';
            default -> 'g';
        };
    }

    private static boolean allGrouping(List<String> groups, CharSequence marks, int upto) {
        if (groups.get(0).length() > 3 || groups.get(0).isEmpty()) {
            return false;
        }
        for (int i = 0; i < upto; i++) {
            if (marks.charAt(i) == 'd' || groups.get(i + 1).length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksGrouped(List<String> groups) {
        String head = groups.get(0);
        return groups.get(1).length() == 3 && head.length() <= 3 && !head.startsWith("0");
    }

    private static boolean decimalByLanguage(char mark, String fraction, String lang) {
        return fraction.charAt(2) != '0' && decimalMark(lang) == mark;
    }

    /** The decimal mark of a language per ICU/CLDR ('.' or ','), or 0 when unknown. */
    static char decimalMark(String lang) {
        if (lang == null || lang.isEmpty() || LanguageGuess.UNDETERMINED.equals(lang)) {
            return 0;
        }
        return DECIMAL_MARK.computeIfAbsent(lang,
                l -> DecimalFormatSymbols.getInstance(new ULocale(l)).getDecimalSeparator());
    }
}
