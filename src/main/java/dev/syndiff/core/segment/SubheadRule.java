package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;

/**
 * Subheads between body paragraphs: a short title-shaped line alone in its paragraph, with story
 * text before it and a running paragraph after it ("Russia denies invasion plans").
 */
final class SubheadRule {
    static final int MAX_WORDS = 12;
    static final int MAX_CHARS = 100;

    private SubheadRule() {
    }

    static void apply(Markup m) {
        for (int i = m.bodyStart + 1; i < m.storyEnd; i++) {
            if (m.free(i) && isSubhead(m, i)) m.claim(i, Role.SUBHEAD);
        }
    }

    static boolean isSubhead(Markup m, int i) {
        Line l = m.line(i);
        if (!m.page.alone(i) || l.text().length() > MAX_CHARS || !LineShape.titleLike(l, 1, MAX_WORDS)) {
            return false;
        }
        if (BylineRule.bareName(m, i) || i + 1 >= m.storyEnd) return false;
        int next = i + 1;
        while (next < m.storyEnd && m.roles[next] == Role.AD_ARTIFACT) next++;
        // a lower-case line after it continues a sentence an ad cut in two: not a subhead
        return next < m.storyEnd && (m.free(next) || m.roles[next] == Role.BODY)
                && LineShape.words(m.line(next).text()) >= 8 && LineShape.startsUpper(m.line(next).text());
    }
}
