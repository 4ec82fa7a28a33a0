package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;

/**
 * Publication and update dates: a labelled line ("Published: ...", "Veröffentlicht: ..."), a line
 * that is only a date, or a labelled date glued before the lede ("date 2022-01-29 French ..."),
 * which is cut off as its own segment.
 */
final class PublishedDateRule {
    private PublishedDateRule() {
    }

    static void apply(Markup m) {
        for (int i = 0; i < m.size(); i++) {
            if (!m.free(i)) continue;
            Line l = m.line(i);
            int label = Lexicons.DATE_LABELS.prefixLength(l.norm());
            if (label > 0) {
                int at = offsetOfNorm(l.text(), label);
                while (at < l.text().length() && (Chars.isSpace(l.text().charAt(at)) || l.text().charAt(at) == ':')) at++;
                int len = DateExpression.lengthAt(l.text(), at);
                if (len == 0) continue;
                String after = l.text().substring(at + len).strip();
                if (after.isEmpty() || LineShape.words(after) <= 3) {
                    m.claim(i, Role.PUBLISHED_DATE);
                } else if (LineShape.words(after) >= 4) {
                    m.prefix(i, l.start() + at + len, Role.PUBLISHED_DATE);
                }
            } else if (l.words() <= 12 && DateExpression.isWholeDate(l.text())) {
                m.claim(i, Role.PUBLISHED_DATE);
            }
        }
    }

    /** Maps a length in the normalized text back to an offset in the raw text (spaces may differ). */
    static int offsetOfNorm(String raw, int normLen) {
        int seen = 0;
        int i = 0;
        while (i < raw.length() && Chars.isSpace(raw.charAt(i))) i++;
        boolean space = false;
        for (; i < raw.length() && seen < normLen; i++) {
            if (Chars.isSpace(raw.charAt(i))) {
                space = true;
                continue;
            }
            if (space) seen++;
            space = false;
            if (seen >= normLen) break;
            seen++;
        }
        return i;
    }
}
