package dev.syndiff.core.lang;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds numbers written with digits or words, with multipliers and percentages, for one language. */
final class NumberAnchors {
    static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUM_DATE = Pattern.compile("(?<![\\d.,/])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|[.,]\\d)");
    static final Pattern TIME = Pattern.compile("(?<![\\d:.,])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])");

    private final String lang;
    private final NumberWords words;
    private final boolean spaceGrouping;
    private final boolean monthFirst;
    private final List<String[]> percentAfter;
    private final List<String[]> percentBefore;

    NumberAnchors(String lang) {
        this.lang = lang;
        this.words = NumberWords.of(lang);
        char group = LanguageGuess.UNDETERMINED.equals(lang) ? ','
                : DecimalFormatSymbols.getInstance(new ULocale(lang)).getGroupingSeparator();
        this.spaceGrouping = Character.isSpaceChar(group);
        this.monthFirst = "en".equals(lang); // 3/4/2025 is March 4 in (US) English, 3 April elsewhere
        List<String> pct = Lexicon.PERCENT_WORDS.entries(lang);
        this.percentAfter = pct.stream().filter(p -> !p.startsWith("<")).map(p -> p.split(" ")).toList();
        this.percentBefore = pct.stream().filter(p -> p.startsWith("<")).map(p -> p.substring(1).split(" ")).toList();
    }

    /** Numeric dates (3.3.2025, 2025-03-03, 3/4/2025) and clock times; marks their tokens used. */
    void datesAndTimes(String text, List<Token> toks, boolean[] used, List<Anchor> out) {
        if (toks.stream().noneMatch(Token::isNumber)) {
            return; // most sentences: skip three regex scans
        }
        // each pattern needs its separator: a text without one is not scanned for it
        Matcher m = ISO_DATE.matcher(text.indexOf('-') >= 0 ? text : "");
        while (m.find()) {
            date(m.group(1), m.group(2), m.group(3), m.start(), m.end(), toks, used, out);
        }
        m = NUM_DATE.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean mFirst = m.group(2).equals("/") && (monthFirst ? a <= 12 : b > 12);
            String y = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            date(y, mFirst ? m.group(1) : m.group(3), mFirst ? m.group(3) : m.group(1), m.start(), m.end(), toks, used, out);
        }
        m = TIME.matcher(text.indexOf(':') >= 0 ? text : "");
        while (m.find()) {
            if (mark(toks, used, m.start(), m.end())) {
                out.add(new Anchor(Anchor.Kind.TIME, "TIME:" + Integer.parseInt(m.group(1)) + ":" + m.group(2), m.start(), m.end()));
            }
        }
    }

    private static void date(String y, String mo, String d, int s, int e, List<Token> toks, boolean[] used, List<Anchor> out) {
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > 31 || !mark(toks, used, s, e)) {
            return;
        }
        out.add(new Anchor(Anchor.Kind.DATE, "DATE:" + month + "-" + day, s, e));
        out.add(new Anchor(Anchor.Kind.YEAR, "YEAR:" + Integer.parseInt(y), s, e));
    }

    /** Marks tokens inside [s, e) used; false if one already was. */
    private static boolean mark(List<Token> toks, boolean[] used, int s, int e) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < e && t.end() > s && used[i]) {
                return false;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < e && t.end() > s) {
                used[i] = true;
            }
        }
        return true;
    }

    /** A number written with digits at token i; returns the last token index it took. */
    int digits(String text, List<Token> toks, int i, boolean[] used, List<Anchor> out) {
        Token t = toks.get(i);
        String written = leadingNumber(t.text());
        int start = t.start();
        int end = start + written.length();
        int last = i;
        // "3 000" / "3 000" in languages that group with spaces, or with an unambiguous narrow space
        while (last + 1 < toks.size() && toks.get(last + 1).text().length() == 3
                && allDigits(toks.get(last + 1).text()) && end == toks.get(last).end()) {
            Token next = toks.get(last + 1);
            String gap = text.substring(end, next.start());
            boolean space = gap.equals(" ") && spaceGrouping || gap.equals("\u00A0") || gap.equals("\u202F") || gap.equals("\u2009");
            if (!space || leadingDigits(written) > 3) {
                break;
            }
            written = written + gap + next.text();
            end = next.end();
            last++;
        }
        String value = Numerals.valueOf(written, lang);
        if (value == null) {
            return last;
        }
        boolean plainYear = written.length() == 4 && allDigits(written)
                && Integer.parseInt(written) >= 1800 && Integer.parseInt(written) <= 2199;
        boolean mult = end == toks.get(last).end() && multiplierAt(text, toks, last + 1);
        if (mult) {
            value = scale(value, words.multiplier(NumberWords.normalise(toks.get(last + 1).text())));
            last++;
            end = toks.get(last).end();
        }
        if (plainYear && !mult) {
            out.add(new Anchor(Anchor.Kind.YEAR, "YEAR:" + value, start, end));
            return last;
        }
        return percentAndAdd(text, toks, i, last, start, end, value, used, out);
    }

    /** A spelled-out number starting at token i ("twenty-one", "drei Millionen"); -1 if none. */
    int words(String text, List<Token> toks, int i, boolean[] used, List<Anchor> out) {
        if (words.phrase(NumberWords.normalise(toks.get(i).text())) == null) {
            return hanCount(toks, i, used, out);
        }
        for (int k = Math.min(words.longestPhrase(), toks.size() - i); k >= 1; k--) {
            if (!joined(text, toks, i, i + k - 1)) {
                continue;
            }
            StringBuilder p = new StringBuilder();
            for (int j = i; j < i + k; j++) {
                p.append(j > i ? " " : "").append(NumberWords.normalise(toks.get(j).text()));
            }
            Long v = words.phrase(p.toString());
            if (v == null) {
                continue;
            }
            int last = i + k - 1;
            String value = Long.toString(v);
            if (multiplierAt(text, toks, last + 1)) {
                value = scale(value, words.multiplier(NumberWords.normalise(toks.get(last + 1).text())));
                last++;
            } else if (words.isWeak(p.toString())) {
                return -1; // "one of", "ein Streik", "un accord": an article, not a count
            }
            return percentAndAdd(text, toks, i, last, toks.get(i).start(), toks.get(last).end(), value, used, out);
        }
        return -1;
    }

    /**
     * A Chinese numeral joined to its measure word in one token ("六周" six weeks, "十艘" ten boats):
     * a number of 2+ and one character after it. "一" is left alone (一座, 一天: an article as often as a count).
     */
    private int hanCount(List<Token> toks, int i, boolean[] used, List<Anchor> out) {
        Token t = toks.get(i);
        String w = t.text();
        if (w.length() < 2 || w.length() > 4 || Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.HAN) {
            return -1;
        }
        String number = w.substring(0, w.length() - 1);
        Long v = words.phrase(number);
        if (v == null || v < 2) {
            return -1;
        }
        out.add(new Anchor(Anchor.Kind.NUMBER, "NUM:" + v, t.start(), t.start() + number.length()));
        used[i] = true;
        return i;
    }

    private int percentAndAdd(String text, List<Token> toks, int first, int last, int start, int end,
                              String value, boolean[] used, List<Anchor> out) {
        int pctStart = start;
        int pctEnd = -1;
        int j = end;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0' || text.charAt(j) == '\u202F')) {
            j++;
        }
        if (j < text.length() && "%\u066A\uFF05".indexOf(text.charAt(j)) >= 0) {
            pctEnd = j + 1;
        } else if (start > 0 && "%\u066A\uFF05".indexOf(text.charAt(start - 1)) >= 0) {
            pctStart = start - 1; // Turkish "%9"
            pctEnd = end;
        } else {
            int after = phraseAt(toks, last + 1, percentAfter, true);
            if (after > 0) {
                pctEnd = toks.get(last + after).end();
                last += after;
            } else {
                int before = phraseAt(toks, first - 1, percentBefore, false);
                if (before > 0) {
                    pctStart = toks.get(first - before).start();
                    pctEnd = end;
                }
            }
        }
        out.add(new Anchor(Anchor.Kind.NUMBER, "NUM:" + value, start, end));
        if (pctEnd > 0) {
            out.add(new Anchor(Anchor.Kind.PERCENT, "PCT:" + value, pctStart, pctEnd));
        }
        for (int k = first; k <= last; k++) {
            used[k] = true;
        }
        return last;
    }

    /** Length in tokens of a phrase from the list that starts (forward) or ends (backward) at i. */
    private static int phraseAt(List<Token> toks, int i, List<String[]> phrases, boolean forward) {
        for (String[] p : phrases) {
            int from = forward ? i : i - p.length + 1;
            if (from < 0 || from + p.length > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.length && ok; k++) {
                ok = NumberWords.normalise(toks.get(from + k).text()).equals(p[k]);
            }
            if (ok) {
                return p.length;
            }
        }
        return 0;
    }

    /** True when token i is a multiplier word ("million", "Millionen") right after token i-1. */
    private boolean multiplierAt(String text, List<Token> toks, int i) {
        if (i >= toks.size() || i == 0 || !text.substring(toks.get(i - 1).end(), toks.get(i).start()).isBlank()) {
            return false;
        }
        return words.multiplier(NumberWords.normalise(toks.get(i).text())) != null;
    }

    private static boolean joined(String text, List<Token> toks, int from, int to) {
        for (int j = from; j < to; j++) {
            String gap = text.substring(toks.get(j).end(), toks.get(j + 1).start());
            if (gap.isEmpty() || gap.length() > 3 || !gap.replace('-', ' ').isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String scale(String value, long multiplier) {
        return new BigDecimal(value).multiply(BigDecimal.valueOf(multiplier)).stripTrailingZeros().toPlainString();
    }

    /** "3rd" → "3", "30km" → "30", "3,000" → "3,000". */
    private static String leadingNumber(String s) {
        int k = 0;
        while (k < s.length() && (Character.isDigit(s.charAt(k)) || Numerals.isMark(s.charAt(k)))) {
            k++;
        }
        while (k > 0 && !Character.isDigit(s.charAt(k - 1))) {
            k--;
        }
        return s.substring(0, k);
    }

    private static int leadingDigits(String s) {
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
