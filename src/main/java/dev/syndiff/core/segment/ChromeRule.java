package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;

/**
 * Site furniture: copyright and footer lines, "Tags:" lines, "Read more:" link lists with their
 * items, share bars and breadcrumbs (short items between separators), and template prefixes
 * such as "You're reading:" glued before a headline (cut off; the rest keeps its own role).
 */
final class ChromeRule {
    private static final String SEPARATORS = "|\u00B7\u2022\u203A\u00BB>/\u2039\u00AB\u25B8\u2192\t";

    private ChromeRule() {
    }

    static void apply(Markup m) {
        boolean inList = false;
        for (int i = 0; i < m.size(); i++) {
            Line l = m.line(i);
            if (!m.free(i)) {
                inList = false;
                continue;
            }
            if (Lexicons.LINK_LIST_HEADINGS.isWhole(l.norm()) && l.words() <= 6) {
                m.claim(i, Role.CHROME);
                inList = true;
                continue;
            }
            // a link list runs on through its items: arrows or bullets, or short titles in its block
            // ... or short titles standing alone after it, until running text comes back
            if (inList && (linkItem(l) || m.page.sameBlock(i, i - 1) && l.words() <= 20
                    || l.blanksBefore() <= 1 && LineShape.titleLike(l, 1, 15) && !m.paragraphAt(i))) {
                m.claim(i, Role.CHROME);
                continue;
            }
            inList = false;
            if (isChrome(l)) {
                m.claim(i, Role.CHROME);
                continue;
            }
            int p = Lexicons.READING_PREFIXES.prefixLength(l.norm());
            if (p > 0 && l.words() > 2) {
                int at = Lexicon.rawOffset(l.text(), p);
                m.prefix(i, l.start() + at, Role.CHROME);
            }
        }
    }

    static boolean isChrome(Line l) {
        String norm = l.norm();
        if (l.words() <= 40 && Lexicons.CHROME_LINES.startsLine(norm)) return true;
        if (linkItem(l) && l.words() <= 20) return true;
        if (l.words() <= 6 && Lexicons.CHROME_PHRASES.occursIn(norm)) return true;
        return l.words() <= 4 && Lexicons.CHROME_ITEMS.isWhole(norm) || l.words() <= 16 && bar(l.text());
    }

    /** "› Title", "» Title", "→ Title": a link in a list. */
    private static boolean linkItem(Line l) {
        char c = l.text().charAt(0);
        return c == '\u203A' || c == '\u00BB' || c == '\u2192' || c == '\u25B8' || c == '\u25BA' || c == '>';
    }

    /**
     * A bar: two or more short items (at most 4 words, none a sentence) between separators such
     * as | · › or wide gaps ("Share | Tweet | Email", "Home › Business › Ports").
     */
    static boolean bar(String s) {
        int items = 0;
        int words = 0;
        int start = 0;
        boolean sepSeen = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean sep = i == s.length() || SEPARATORS.indexOf(s.charAt(i)) >= 0
                    || s.charAt(i) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ';
            if (!sep) continue;
            if (i < s.length()) sepSeen = true;
            String item = s.substring(start, i).strip();
            start = i + 1;
            if (item.isEmpty()) continue;
            int w = LineShape.words(item);
            if (w > 4 || Chars.endsSentence(item) && !item.endsWith(".")) return false;
            if (item.endsWith(".") && w > 1) return false;
            items++;
            words += w;
        }
        return sepSeen && items >= 2 && words <= 16;
    }
}
