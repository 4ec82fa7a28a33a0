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

    /** The whole trimmed line is a short run in a foreign script. */
    static boolean wholeLine(Page page, String line) {
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

    private static boolean foreign(Page page, int script) {
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
