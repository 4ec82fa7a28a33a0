package dev.syndiff.core.segment;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/** A copy cut into its non-blank lines and paragraphs, with the script most of it is in. */
final class Page {
    final String text;
    final List<Line> lines;
    final int mainScript;
    private final int[] scriptLetters = new int[UScript.CODE_LIMIT];
    private int letters;
    private final boolean anyForeign;

    final SegmentMemo memo;

    Page(String text) {
        this(text, SegmentMemo.NONE);
    }

    Page(String text, SegmentMemo memo) {
        this.text = text;
        this.memo = memo;
        this.lines = cut(text, memo);
        countScripts();
        int best = UScript.LATIN;
        for (int s = 0; s < scriptLetters.length; s++) {
            if (s != UScript.COMMON && scriptLetters[s] > scriptLetters[best]) best = s;
        }
        this.mainScript = best;
        boolean foreign = false;
        for (int sc = 0; sc < scriptLetters.length && !foreign; sc++) {
            foreign = scriptLetters[sc] > 0 && ForeignScript.foreign(this, sc);
        }
        this.anyForeign = foreign;
    }

    /** Some letter of the page is in a script foreign to it ({@link ForeignScript}); most pages have none. */
    boolean anyForeign() {
        return anyForeign;
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    /** Share of the copy's letters written in the script (0..1). */
    double scriptShare(int script) {
        return letters == 0 ? 0 : (double) scriptLetters[script] / letters;
    }

    boolean sameBlock(int i, int j) {
        return i >= 0 && j >= 0 && i < size() && j < size() && lines.get(i).block() == lines.get(j).block();
    }

    /** The line stands alone: no other line in its paragraph. */
    boolean alone(int i) {
        return !sameBlock(i, i - 1) && !sameBlock(i, i + 1);
    }

    private static List<Line> cut(String text, SegmentMemo memo) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int block = -1;
        int blanks = 1;
        for (int i = 0; i <= n; ) {
            int e = i;
            while (e < n && !Chars.isLineBreak(text.charAt(e))) e++;
            int s = i;
            int t = e;
            while (s < t && Chars.isSpace(text.charAt(s))) s++;
            while (t > s && Chars.isSpace(text.charAt(t - 1))) t--;
            if (t > s) {
                if (blanks > 0) block++;
                String lt = text.substring(s, t);
                out.add(new Line(out.size(), s, t, lt, memo.norm(lt), block, blanks));
                blanks = 0;
            } else {
                blanks++;
            }
            if (e >= n) break;
            i = e + (text.charAt(e) == '\r' && e + 1 < n && text.charAt(e + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    private void countScripts() {
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) { // most of a page: an ASCII letter is Latin, no other ASCII character is a letter
                if (Chars.asciiLetter(c)) latin++;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                scriptLetters[Chars.script(cp)]++;
                letters++;
            }
            i += Character.charCount(cp);
        }
        scriptLetters[UScript.LATIN] += latin;
        letters += latin;
    }
}
