package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;

/**
 * Photo captions. A credit ("Photo: Jane Doe/Agency", "(Photo: AFP)", "Foto: ...") marks its line;
 * the photo block it closes is its paragraph's lines just above (the caption, the picture's
 * title). A copy of the headline standing later in the page is a picture title too.
 */
final class CaptionRule {
    private static final int MAX_CREDIT_WORDS = 8;

    private CaptionRule() {
    }

    static void apply(Markup m) {
        for (int i = 0; i < m.size(); i++) {
            if (!m.free(i)) continue;
            Line l = m.line(i);
            int credit = m.page.memo.credit(l.norm());
            if (credit < 0) credit = slashCredit(l.text());
            if (credit < 0) continue;
            m.claim(i, Role.CAPTION);
            boolean pureCredit = credit == 0;
            // walk up the photo block: at most two lines of the same paragraph
            for (int k = i - 1, taken = 0; k >= 0 && taken < 2 && m.page.sameBlock(k, i) && m.free(k); k--, taken++) {
                String t = m.line(k).text();
                boolean title = LineShape.titleLike(t, 2, 20);
                if (!(pureCredit && taken == 0 || title) || LineShape.words(t) > 60) break;
                m.claim(k, Role.CAPTION);
            }
        }
    }

    /** Lines after the headline that repeat it (a picture's title or alt text). */
    static void repeatedHeadline(Markup m) {
        if (m.headline < 0) return;
        String h = letters(m.rest(m.headline));
        if (h.length() < 12) return;
        for (int i = m.headline + 1; i < m.storyEnd; i++) {
            if (m.free(i) && sameLetters(m.line(i).text(), h)) m.claim(i, Role.CAPTION);
        }
    }

    /**
     * Where a photo credit starts in the normalized line: 0 when the line is a credit, the offset
     * when the line ends with one (at most {@value #MAX_CREDIT_WORDS} words after the label), else -1.
     */
    static int creditAt(String norm) {
        int best = -1;
        // a credit holds the line's start or its last few words: search only there
        int tail = Math.max(0, norm.length() - 160);
        for (String p : Lexicons.CAPTION_CREDITS.phrases()) {
            int at = norm.startsWith(p) ? 0 : norm.indexOf(p, tail);
            while (at >= 0) {
                boolean edge = at == 0 || !Character.isLetterOrDigit(norm.charAt(at - 1));
                int after = at + p.length();
                boolean edgeAfter = after >= norm.length() || !Character.isLetterOrDigit(norm.charAt(after))
                        || !Character.isLetterOrDigit(norm.charAt(after - 1));
                if (edge && edgeAfter && LineShape.words(norm.substring(after)) <= MAX_CREDIT_WORDS
                        && (at == 0 || labelled(p) || norm.charAt(at - 1) == '(' || norm.charAt(at - 1) == '/')) {
                    if (best < 0 || at < best) best = at;
                }
                at = norm.indexOf(p, at + 1);
            }
        }
        return best;
    }

    /**
     * A credit of the shape "AGENCY/Jane Doe" or "Jane Doe/AGENCY" closing the line (after a sentence
     * stop or alone): where it starts, or -1.
     */
    static int slashCredit(String line) {
        int slash = line.lastIndexOf('/');
        if (slash <= 0 || slash >= line.length() - 1 || line.length() - slash > 40) return -1;
        int start = slash;
        while (start > 0 && !Chars.isSpace(line.charAt(start - 1)) && line.charAt(start - 1) != '(') start--;
        String left = line.substring(start, slash);
        String right = line.substring(slash + 1).strip();
        boolean agencyLeft = left.length() >= 2 && LineShape.allCaps(left) && LineShape.titleLike(right, 1, 4);
        if (!agencyLeft) {
            // "Jane Doe/AGENCY": up to three capitalised name words before the slash
            int first = start;
            int k = start;
            for (int taken = 1; taken < 3 && k > 0; taken++) {
                int e = k;
                while (e > 0 && Chars.isSpace(line.charAt(e - 1))) e--;
                int b = e;
                while (b > 0 && !Chars.isSpace(line.charAt(b - 1))) b--;
                if (b == e || !Character.isUpperCase(line.charAt(b)) || Chars.endsSentence(line.substring(b, e))) {
                    break;
                }
                first = b;
                k = b;
            }
            start = first;
            String agency = right.replaceAll("[).]+$", "");
            if (!(agency.length() >= 2 && LineShape.allCaps(agency) && LineShape.words(agency) <= 2)
                    || !Character.isUpperCase(line.charAt(start))) {
                return -1;
            }
        }
        String before = line.substring(0, start).strip();
        return before.isEmpty() || Chars.endsSentence(before) || before.endsWith("(") ? start : -1;
    }

    /** A label with a colon or a bracket cannot be ordinary prose. */
    private static boolean labelled(String p) {
        return p.endsWith(":") || p.startsWith("(");
    }

    /** {@code letters(s).equals(h)}, stopping at the first difference instead of building the string. */
    static boolean sameLetters(String s, String h) {
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) continue;
            int lc = Character.toLowerCase(c);
            if (k >= h.length() || h.codePointAt(k) != lc) return false;
            k += Character.charCount(lc);
        }
        return k == h.length();
    }

    static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }
}
