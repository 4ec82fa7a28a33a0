package dev.syndiff.core.segment;

/** What a line looks like: its length in words and whether it reads as a title, a sentence or a name. */
final class LineShape {
    private LineShape() {
    }

    /**
     * Runs of letters or digits (a word may hold inner ' - . characters); in scripts written
     * without spaces (Chinese, Japanese) every two ideographs count as a word.
     */
    static int words(CharSequence s) {
        int n = 0;
        int ideographs = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                // ASCII: neither ideograph nor kana, so only the letter-or-digit and space tests below
                boolean w = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                if (w && !in) n++;
                if (w) in = true;
                else if (Chars.isSpace(c)) in = false;
                continue;
            }
            if (Character.isIdeographic(c) || c >= '\u3040' && c <= '\u30FF') {
                if (ideographs++ % 2 == 0) n++;
                in = false;
                continue;
            }
            boolean w = Character.isLetterOrDigit(c);
            if (w && !in) n++;
            if (w) in = true;
            else if (Chars.isSpace(s.charAt(i))) in = false;
        }
        return n;
    }

    static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) return Character.isUpperCase(c) || !Character.isLowerCase(c);
            if (Character.isDigit(c)) return true;
            if (!Chars.isOpener(c) && !Chars.isSpace(c)) return false;
        }
        return false;
    }

    static boolean startsLower(String s) {
        int c = Chars.firstLetterOrDigit(s);
        return c != 0 && Character.isLowerCase(c);
    }

    /** A headline or subhead shape: a few words, capitalised, no sentence stop at the end. */
    static boolean titleLike(String s, int minWords, int maxWords) {
        return titleLike(s, words(s), minWords, maxWords);
    }

    /** {@link #titleLike(String, int, int)} of a line, with the words it counted once. */
    static boolean titleLike(Line l, int minWords, int maxWords) {
        return titleLike(l.text(), l.words(), minWords, maxWords);
    }

    private static boolean titleLike(String s, int w, int minWords, int maxWords) {
        if (w < minWords || w > maxWords || !startsUpper(s)) return false;
        char last = Chars.lastMark(s);
        return last != '.' && last != ',' && last != ';' && last != ':' && last != '\u2026';
    }

    /** A running-text paragraph: long enough and ending like a sentence (or very long). */
    static boolean paragraphLike(String s) {
        return paragraphLike(s, words(s));
    }

    /** As above with the text's word count already known. */
    static boolean paragraphLike(String s, int w) {
        return w >= 12 && Chars.endsSentence(s) || w >= 25;
    }

    /** A sentence of prose, however short: ends with a stop and has a few words. */
    static boolean sentenceLike(String s, int minWords) {
        return words(s) >= minWords && Chars.endsSentence(s);
    }

    /**
     * A personal name on its own: 2 to 5 capitalised tokens or initials ("Christi C. Elwood"),
     * particles such as "van", "de", "al-" allowed, no digits, no sentence stop.
     */
    static boolean nameLike(String s) {
        String[] toks = s.split(" ");
        if (toks.length < 2 || toks.length > 5) return false;
        int caps = 0;
        for (String t : toks) {
            if (t.isEmpty()) return false;
            if (Lexicons.NAME_PARTICLES.contains(Lexicon.norm(t))) continue;
            if (!Character.isUpperCase(t.charAt(0))) return false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019') return false;
            }
            if (t.length() > 1 && t.endsWith(".") && t.length() > 3) return false;
            caps++;
        }
        return caps >= 2;
    }

    /** Every letter is upper case (and there are at least two letters). */
    static boolean allCaps(CharSequence s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }
}
