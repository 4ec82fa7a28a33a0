package dev.syndiff.core.segment;

/**
 * Reads written dates and times token by token ("Fri 28 Jan 2022, 20:07", "03.03.2025 15:42",
 * "Monday, March 3, 2025, 4:20 p.m.", "2022-01-29"), with month and weekday names from the lexicons.
 */
final class DateExpression {
    private DateExpression() {
    }

    /**
     * Length of the date expression at {@code from} in {@code s} (relative, trailing separators
     * not included), or 0 when the text there is not a date.
     */
    static int lengthAt(String s, int from) {
        int i = from;
        int end = from;
        boolean number = false;
        boolean anchor = false;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isSpace(c) || c == ',' || c == '|' || c == '/' || Chars.isDash(c) || c == '(' || c == ')'
                    || c == '\u00B7' || c == '@') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Chars.isSpace(s.charAt(j)) && s.charAt(j) != ',' && s.charAt(j) != '|'
                    && s.charAt(j) != '(' && s.charAt(j) != ')') j++;
            String tok = s.substring(i, j);
            String core = stripDot(Lexicon.norm(tok));
            if (isNumeric(tok)) {
                number = true;
                if (numericDate(tok)) anchor = true;
            } else if (Lexicons.MONTHS.contains(core) || Lexicons.WEEKDAYS.contains(core)) {
                anchor = true;
            } else if (!Lexicons.DATE_WORDS.contains(Lexicon.norm(tok)) && !Lexicons.DATE_WORDS.contains(core)
                    && !zone(tok)) {
                break;
            }
            i = j;
            end = j;
        }
        return number && anchor ? end - from : 0;
    }

    /** The whole text is a date (and nothing else). */
    static boolean isWholeDate(String s) {
        int len = lengthAt(s, 0);
        return len > 0 && s.substring(len).strip().chars().allMatch(c -> !Character.isLetterOrDigit(c));
    }

    /** Digits with . : / - inside ("28", "20:07", "03.03.2025", "2022-01-29", "3."). */
    private static boolean isNumeric(String tok) {
        if (tok.isEmpty() || !Character.isDigit(tok.charAt(0))) return false;
        for (int k = 0; k < tok.length(); k++) {
            char c = tok.charAt(k);
            if (!Character.isDigit(c) && c != '.' && c != ':' && c != '/' && c != '-' && c != 'h') return false;
        }
        return true;
    }

    /** A number that is a date or time on its own: 20:07, 03.03.2025, 2022-01-29, 1/28/2022. */
    private static boolean numericDate(String tok) {
        int seps = 0;
        for (int k = 0; k < tok.length(); k++) {
            char c = tok.charAt(k);
            if (c == ':') return true;
            if (c == '.' || c == '/' || c == '-') seps++;
        }
        return seps >= 2 && Character.isDigit(tok.charAt(tok.length() - 1));
    }

    /** A time-zone code like GMT+1 or UTC. */
    private static boolean zone(String tok) {
        return tok.length() <= 6 && tok.length() >= 3 && tok.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '+'
                || Character.isDigit(c)) && Character.isLetter(tok.charAt(0)) && LineShape.allCaps(tok)
                && tok.length() <= 4;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
