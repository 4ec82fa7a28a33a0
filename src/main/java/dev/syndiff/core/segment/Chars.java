package dev.syndiff.core.segment;

import com.ibm.icu.lang.UScript;

/** Character tests shared by the rules; "space" is wider than Java's (NBSP, BOM, zero-width). */
final class Chars {
    private Chars() {
    }

    /** Whitespace as a reader sees it: Java whitespace, Unicode spaces, NBSP, ZWSP, BOM, NEL. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            // the ASCII answer of the test below, without the Unicode tables (this runs for every char)
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                || c == '\u0085';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\f';
    }

    /** Sentence-final punctuation in the scripts we meet (Latin, Arabic, CJK, Devanagari...). */
    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u061F' || c == '\u06D4'
                || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u0964';
    }

    /** Closing quotes and brackets that may follow a sentence's final mark. */
    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB'
                || c == '\u201C' || c == '\u203A' || c == '\u300D' || c == '\u300F';
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018' || c == '\u201E'
                || c == '\u00AB' || c == '\u201A' || c == '\u2039' || c == '\u300C';
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2015' || c == '\u2212';
    }

    /** An ASCII letter: exactly the characters below 0x80 that {@link Character#isLetter(char)} accepts. */
    static boolean asciiLetter(char c) {
        char lower = (char) (c | 0x20);
        return c < 0x80 && lower >= 'a' && lower <= 'z';
    }

    /** ICU script of a code point, with Common and Inherited folded into Common. */
    static int script(int cp) {
        if (cp < 0x80) return Character.isLetter(cp) ? UScript.LATIN : UScript.COMMON;
        int s = UScript.getScript(cp);
        return s == UScript.INHERITED ? UScript.COMMON : s;
    }

    /** True when the text ends with a sentence mark, ignoring closing quotes and brackets. */
    static boolean endsSentence(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (isSpace(s.charAt(i)) || isCloser(s.charAt(i)))) i--;
        return i >= 0 && isTerminal(s.charAt(i));
    }

    /** The last character that is not a space, a closing quote or a bracket, or 0. */
    static char lastMark(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (isSpace(s.charAt(i)) || isCloser(s.charAt(i)))) i--;
        return i >= 0 ? s.charAt(i) : 0;
    }

    /** The first letter or digit of the text, or 0. */
    static int firstLetterOrDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) return c;
        }
        return 0;
    }
}
