package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;

/**
 * The top of the page: the body starts at the first running paragraph; before it, the headline is
 * the first title-shaped line of some length, short title lines above it are the masthead or
 * section (CHROME), and below it a sentence is the standfirst (SUBHEAD), a bare name the byline.
 */
final class HeadlineRule {
    private HeadlineRule() {
    }

    /** Index of the first running paragraph not claimed by a rule, or -1. */
    static int firstParagraph(Markup m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.free(i) && m.paragraphAt(i)) return i;
        }
        return -1;
    }

    static void apply(Markup m, int firstParagraph) {
        int body = firstParagraph >= 0 ? Math.min(firstParagraph, m.storyEnd) : firstFree(m);
        if (body < 0) body = m.size();
        m.bodyStart = body;
        int headline = -1;
        int fallback = -1;
        for (int i = 0; i < body && headline < 0; i++) {
            if (!m.free(i)) continue;
            String t = m.rest(i);
            if (!LineShape.titleLike(t, 1, 30) || BylineRule.bareName(m, i) && fallback >= 0) continue;
            if (LineShape.words(t) >= 4 && !masthead(m, i, body)) headline = i;
            else if (fallback < 0) fallback = i;
        }
        if (headline < 0) headline = fallback;
        m.headline = headline;
        if (headline >= 0) {
            m.roles[headline] = Role.HEADLINE;
            // a headline wrapped onto the next line of its paragraph
            for (int k = headline + 1; k < body && m.page.sameBlock(k, k - 1) && m.free(k)
                    && m.line(k - 1).text().length() >= SentenceSplitter.WRAP_WIDTH
                    && !Chars.endsSentence(m.line(k).text()) && m.line(k).words() <= 30; k++) {
                m.roles[k] = Role.HEADLINE;
            }
        }
        for (int i = 0; i < body; i++) {
            if (!m.free(i)) continue;
            String t = m.rest(i);
            if (i < headline) {
                m.claim(i, Role.CHROME);
            } else if (BylineRule.bareName(m, i) || i > headline && BylineRule.nameThenPlace(t)) {
                m.claim(i, Role.BYLINE);
            } else if (headline >= 0 && (LineShape.sentenceLike(t, 4) || LineShape.titleLike(t, 5, 40))) {
                m.claim(i, Role.SUBHEAD);
            } else {
                m.claim(i, Role.CHROME);
            }
        }
    }

    /**
     * A short title line (an outlet or section name) directly followed, in the top zone, by a longer
     * title line: the later one is the headline.
     */
    private static boolean masthead(Markup m, int i, int body) {
        String t = m.rest(i);
        if (LineShape.words(t) > 4) return false;
        for (int k = i + 1; k < body; k++) {
            if (!m.free(k)) continue;
            String u = m.rest(k);
            return LineShape.titleLike(u, 4, 30) && LineShape.words(u) > LineShape.words(t);
        }
        return false;
    }

    private static int firstFree(Markup m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.free(i)) return i;
        }
        return -1;
    }
}
