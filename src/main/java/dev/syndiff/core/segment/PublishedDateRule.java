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
                int at = Lexicon.rawOffset(l.text(), label);
                while (at < l.text().length() && (Chars.isSpace(l.text().charAt(at)) || l.text().charAt(at) == ':')) at++;
                int len = DateExpression.lengthAt(l.text(), at);
                if (len == 0) continue;
                String after = l.text().substring(at + len).strip();
                if (prose(after)) {
                    m.prefix(i, l.start() + at + len, Role.PUBLISHED_DATE);
                } else {
                    m.claim(i, Role.PUBLISHED_DATE);
                }
            } else if (l.words() <= 12 && DateExpression.isWholeDate(l.text())) {
                m.claim(i, Role.PUBLISHED_DATE);
            }
        }
    }

    /** Text after a date that is the lede, not a second date ("· Updated 18:02") or a place. */
    private static boolean prose(String after) {
        return LineShape.words(after) >= 4 && Character.isLetter(after.codePointAt(0))
                && !Lexicons.DATE_LABELS.startsLine(Lexicon.norm(after));
    }
}
