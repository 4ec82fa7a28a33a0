package dev.syndiff.core.load;

/** Checks on decoded text: blank, binary-looking, or mojibake from a double conversion. */
final class TextChecks {
    // UTF-8 read as windows-1252 and saved again as UTF-8: "Ã©", "â€™", "Â " and the like.
    private static final String AFTER_A_TILDE = "\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC"
            + "\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122";
    private static final String AFTER_EURO = "\u0153\u0161\u017E\u02DC\u2018\u2019\u201A\u201C\u201D\u201E"
            + "\u2020\u2021\u2022\u2026\u2122";

    private TextChecks() {
    }

    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x200B || c == 0xFEFF || c == 0x2060);
    }

    /** More than 1 in 100 characters (and at least 4) are control codes a text file never holds. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) {
                controls++;
            }
        }
        return controls >= 4 && controls * 100L > text.length() || text.indexOf('\u0000') >= 0;
    }

    /** A warning naming the first mojibake spot, or null. A plain loop: a regex costs seconds on 50 MB. */
    static String mojibake(String text) {
        // every spot starts with 'Ã', 'Â' or 'â': text without them has none (indexOf is a vector scan)
        if (text.indexOf('\u00C3') < 0 && text.indexOf('\u00C2') < 0 && text.indexOf('\u00E2') < 0) {
            return null;
        }
        return mojibakeScanned(text);
    }

    /** {@link #mojibake} without the first look for the three characters (tests compare both ways). */
    static String mojibakeScanned(String text) {
        int count = 0;
        int first = -1;
        int firstLength = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            int length = mojibakeAt(text, i);
            if (length > 0) {
                if (count++ == 0) {
                    first = i;
                    firstLength = length;
                }
                i += length - 1;
            }
        }
        if (count == 0) {
            return null;
        }
        return "looks like mojibake (UTF-8 text that was once read as windows-1252 and saved again): "
                + count + " place(s) such as \"" + text.substring(first, first + firstLength)
                + "\"; the text was loaded as it is";
    }

    private static int mojibakeAt(String text, int i) {
        char c = text.charAt(i);
        char next = text.charAt(i + 1);
        if (c == '\u00C3') {
            return next >= 0x80 && next <= 0xBF || AFTER_A_TILDE.indexOf(next) >= 0 ? 2 : 0;
        }
        if (c == '\u00C2') {
            return next >= 0xA0 && next <= 0xBF ? 2 : 0;
        }
        if (c == '\u00E2' && next == '\u20AC' && i + 2 < text.length()) {
            char third = text.charAt(i + 2);
            return third >= 0x80 && third <= 0xBF || AFTER_EURO.indexOf(third) >= 0 ? 3 : 0;
        }
        return 0;
    }
}
