package dev.syndiff.core.segment;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of text in a script the copy is not written in (an Arabic ad string glued to an English
 * sentence, a Cyrillic "Реклама" mid-sentence). A script that holds a real share of the copy's
 * letters is part of the copy, not junk; quoted or bracketed runs are kept as text.
 */
final class ForeignScript {
    /** A script under this share of a copy's letters is foreign to it. */
    static final double FOREIGN_SHARE = 0.05;
    static final int MAX_WORDS = 6;

    private ForeignScript() {
    }

    /** Spans (absolute offsets) of foreign-script ad runs inside [start, end) of the page text. */
    static List<int[]> runs(Page page, int start, int end) {
        if (!page.anyForeign()) {
            return new ArrayList<>(); // a run starts at a letter in a foreign script, and the page has none
        }
        return scan(page, start, end);
    }

    /** {@link #runs} letter by letter, whatever the page. */
    static List<int[]> scan(Page page, int start, int end) {
        List<int[]> out = new ArrayList<>();
        String t = page.text;
        int i = start;
        while (i < end) {
            int cp = t.codePointAt(i);
            int s = Chars.script(cp);
            if (!Character.isLetter(cp) || !foreign(page, s)) {
                i += Character.charCount(cp);
                continue;
            }
            int runStart = i;
            int runEnd = i + Character.charCount(cp);
            int j = runEnd;
            while (j < end) {
                int c = t.codePointAt(j);
                int cs = Chars.script(c);
                if (Character.isLetter(c) && cs == s) {
                    j += Character.charCount(c);
                    runEnd = j;
                } else if (!Character.isLetter(c) && cs == UScript.COMMON && !Chars.isLineBreak((char) c)) {
                    j += Character.charCount(c);
                } else {
                    break;
                }
            }
            if (keep(page, s, t, runStart, runEnd)) out.add(new int[] {runStart, runEnd});
            i = runEnd;
        }
        return out;
    }

    /**
     * Ad labels written in capitals inside a line of the copy's own script ("... will be cut
     * ADVERTISEMENT when ..."): spans of those of five letters or more.
     */
    static List<int[]> capitalLabels(String t, int start, int end) {
        if (!capitalPair(t, start, end)) {
            return new ArrayList<>(); // no all-capitals word of two letters: most lines
        }
        return capitalLabelsScanned(t, start, end);
    }

    /** Two upper-case characters side by side in t[start, end), as an all-capitals word needs. */
    static boolean capitalPair(String t, int start, int end) {
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            boolean u = c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
            if (u && upper) return true;
            upper = u;
        }
        return false;
    }

    /** {@link #capitalLabels} word by word, whatever the line. */
    static List<int[]> capitalLabelsScanned(String t, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int w = capsWordEnd(t, i, end);
            if (w < 0) {
                while (i < end && !Chars.isSpace(t.charAt(i))) i++;
                while (i < end && Chars.isSpace(t.charAt(i))) i++;
                continue;
            }
            int runEnd = w;
            int next = w;
            while (next < end && t.charAt(next) == ' ') {
                int e = capsWordEnd(t, next + 1, end);
                if (e < 0) break;
                runEnd = e;
                next = e;
            }
            String run = t.substring(i, runEnd);
            if (run.length() >= 5 && (i > start || runEnd < end) && Lexicons.AD_LABELS.isWhole(Lexicon.norm(run))) {
                out.add(new int[] {i, runEnd});
            }
            i = runEnd;
            while (i < end && !Chars.isSpace(t.charAt(i))) i++;
            while (i < end && Chars.isSpace(t.charAt(i))) i++;
        }
        return out;
    }

    /** An ad label standing after a line's last sentence stop ("... высокое. Реклама"), or null. */
    static int[] trailingLabel(String t, int start, int end) {
        int k = end - 1;
        while (k > start && !Chars.isTerminal(t.charAt(k))) k--;
        if (k <= start) return null;
        int s = k + 1;
        while (s < end && (Chars.isSpace(t.charAt(s)) || Chars.isCloser(t.charAt(s)))) s++;
        if (s >= end || s == k + 1 && Chars.isCloser(t.charAt(k + 1 < end ? k + 1 : k))) return null;
        String run = t.substring(s, end);
        return LineShape.words(run) <= 4 && Lexicons.AD_LABELS.isWhole(Lexicon.norm(run)) ? new int[] {s, end} : null;
    }

    /** End of an all-capitals word of two or more letters starting at i, or -1. */
    private static int capsWordEnd(String t, int i, int end) {
        int j = i;
        while (j < end && Character.isUpperCase(t.charAt(j))) j++;
        boolean bounded = j >= end || Chars.isSpace(t.charAt(j));
        return j - i >= 2 && bounded ? j : -1;
    }

    /** The whole trimmed line is a short run in a foreign script. */
    static boolean wholeLine(Page page, String line) {
        if (!page.anyForeign()) {
            return false; // the line's script must be foreign to the page, and none is
        }
        return wholeLineScanned(page, line);
    }

    /** {@link #wholeLine} letter by letter, whatever the page. */
    static boolean wholeLineScanned(Page page, String line) {
        int script = -1;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            int s = Chars.script(cp);
            if (script < 0) script = s;
            if (s != script) return false;
        }
        return script >= 0 && foreign(page, script) && LineShape.words(line) <= MAX_WORDS
                && (script != UScript.LATIN || Lexicons.AD_LABELS.isWhole(Lexicon.norm(line)));
    }

    static boolean foreign(Page page, int script) {
        return script != page.mainScript && script != UScript.COMMON && page.scriptShare(script) < FOREIGN_SHARE;
    }

    private static boolean keep(Page page, int script, String t, int s, int e) {
        String run = t.substring(s, e);
        if (LineShape.words(run) > MAX_WORDS) return false;
        // Latin words in a non-Latin copy are usually names or brands: only known ad labels go
        if (script == UScript.LATIN && !Lexicons.AD_LABELS.isWhole(Lexicon.norm(run))) return false;
        int b = s - 1;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        int a = e;
        while (a < t.length() && t.charAt(a) == ' ') a++;
        boolean quoted = b >= 0 && Chars.isOpener(t.charAt(b)) && a < t.length() && Chars.isCloser(t.charAt(a));
        return !quoted;
    }
}
