package dev.syndiff.core.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on decoded text: blank, binary-looking, or mojibake from a double conversion. */
final class TextChecks {
    // UTF-8 read as windows-1252 and saved again as UTF-8: "Ã©", "â€™", "Â " and the like.
    private static final Pattern MOJIBAKE = Pattern.compile(
            "Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]"
                    + "|â€[\u0080-\u00BF\u0153\u0161\u017E\u02DC\u2018-\u201E\u2020-\u2026\u2122]"
                    + "|Â[\u00A0-\u00BF]");

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

    /** A warning naming the first mojibake spot, or null. */
    static String mojibake(String text) {
        Matcher m = MOJIBAKE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String first = m.group();
        int count = 1;
        while (m.find()) {
            count++;
        }
        return "looks like mojibake (UTF-8 text that was once read as windows-1252 and saved again): "
                + count + " place(s) such as \"" + first + "\"; the text was loaded as it is";
    }
}
