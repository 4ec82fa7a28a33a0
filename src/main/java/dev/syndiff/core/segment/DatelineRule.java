package dev.syndiff.core.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening the lede: "PORT VEYRA, March 3 (HPA) —", "MOSCOW —", "Berlin (dpa) –",
 * "KYIV, Ukraine (AP) —". A place in capitals, or a place with an agency in brackets, an optional
 * date or region after a comma, then a dash or colon. Hand-parsed, so no regex can backtrack.
 */
final class DatelineRule {
    static final int MAX_PLACE = 40;
    static final int MAX_MIDDLE = 30;
    private static final char ARABIC_COMMA = '\u060C';

    private DatelineRule() {
    }

    /** Chinese wire style, no dash: place, date and 电 ("dispatch"), agency in brackets: "林登港3月4日电（北方通讯社）". */
    private static final Pattern CJK = Pattern.compile(
            "\\p{IsHan}{1,12}\\d{1,2}\u6708\\d{1,2}\u65E5\u7535(?:[\uFF08(][^\uFF09)]{1,30}[\uFF09)])?");

    /** Length of the dateline at the start of the text (including the dash), or 0. */
    static int length(String s) {
        Matcher cjk = CJK.matcher(s);
        if (cjk.lookingAt() && cjk.end() < s.length()) {
            return cjk.end();
        }
        int n = s.length();
        int i = 0;
        int letters = 0;
        boolean lower = false;
        boolean upper = false;
        boolean wordStartUpper = true;
        while (i < n && i < MAX_PLACE) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) lower = true;
                if (Character.isUpperCase(c)) upper = true;
                // scripts without case (Arabic, Hebrew) start every word "capitalised"
                if (i == 0 || s.charAt(i - 1) == ' ') wordStartUpper &= !Character.isLowerCase(c);
            } else if (!(c == ' ' || isMark(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-' && i + 1 < n && s.charAt(i + 1) != ' ')) {
                break;
            }
            i++;
        }
        int placeEnd = i;
        while (placeEnd > 0 && s.charAt(placeEnd - 1) == ' ') placeEnd--;
        if (letters < 3 || !wordStartUpper) return 0;
        boolean caps = !lower && upper;
        boolean middleHasDate = false;
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == ARABIC_COMMA)) {
            int j = i + 1;
            while (j < n && j - i <= MAX_MIDDLE && s.charAt(j) != '(' && !Chars.isDash(s.charAt(j)) && s.charAt(j) != ':') j++;
            if (j >= n || j - i > MAX_MIDDLE) return 0;
            String middle = s.substring(i + 1, j).strip();
            middleHasDate = DateExpression.lengthAt(middle, 0) > 0 || middle.chars().anyMatch(Character::isDigit);
            if (!middleHasDate && !LineShape.startsUpper(middle)) return 0;
            i = j;
        }
        while (i < n && s.charAt(i) == ' ') i++;
        boolean agency = false;
        if (i < n && s.charAt(i) == '(') {
            int close = s.indexOf(')', i);
            if (close < 0 || close - i > MAX_MIDDLE) return 0;
            agency = true;
            i = close + 1;
            while (i < n && s.charAt(i) == ' ') i++;
        }
        if (!caps && !agency) return 0;
        if (i >= n || !(Chars.isDash(s.charAt(i)) || s.charAt(i) == ':' && agency)) return 0;
        if (s.charAt(i) == '-' && (i == 0 || s.charAt(i - 1) != ' ')) return 0;
        if (!caps && !middleHasDate && placeEnd > 25) return 0;
        int end = i + 1;
        if (end < n && s.charAt(end) != ' ' && s.charAt(end) != '\u00A0') return 0;
        String rest = s.substring(end).strip();
        return rest.isEmpty() || LineShape.words(rest) < 3 ? 0 : end;
    }

    /** Vowel signs and other combining marks inside a word (Devanagari "लिंडनपोर्ट", Arabic shadda). */
    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
