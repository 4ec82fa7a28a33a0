package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;

/**
 * The rules' shared worksheet for one copy: a role per line (null until a rule claims it),
 * an optional prefix cut off a line with its own role ("You're reading:", "date 2022-01-29"),
 * and the landmarks the rules find (headline, where the body starts, comments, related article).
 */
final class Markup {
    final Page page;
    final Role[] roles;
    /** Absolute offset where a line's prefix ends; 0 when the line has no prefix. */
    final int[] cut;
    final Role[] cutRole;
    int headline = -1;
    int bodyStart = -1;
    /** First line that is no longer the story (comment section or appended article); size() if none. */
    int storyEnd;
    int commentStart = -1;
    int relatedStart = -1;

    Markup(Page page) {
        this.page = page;
        int n = page.size();
        this.roles = new Role[n];
        this.cut = new int[n];
        this.cutRole = new Role[n];
        this.storyEnd = n;
    }

    int size() {
        return page.size();
    }

    Line line(int i) {
        return page.get(i);
    }

    boolean free(int i) {
        return roles[i] == null;
    }

    void claim(int i, Role role) {
        if (roles[i] == null) roles[i] = role;
    }

    void prefix(int i, int end, Role role) {
        cut[i] = end;
        cutRole[i] = role;
    }

    /** The line's text after any prefix cut, trimmed. */
    String rest(int i) {
        Line l = page.get(i);
        if (cut[i] <= l.start()) return l.text();
        return l.text().substring(cut[i] - l.start()).strip();
    }

    /**
     * The line opens running text: it is a paragraph itself, or it is the first line of a
     * hard-wrapped paragraph (several unclaimed lines that read as one paragraph together).
     */
    boolean paragraphAt(int i) {
        Line l = line(i);
        // without a prefix cut the rest is the whole line, whose words are counted already
        if (cut[i] <= l.start() ? LineShape.paragraphLike(l.text(), l.words()) : LineShape.paragraphLike(rest(i))) return true;
        if (i + 1 >= size() || !page.sameBlock(i, i + 1) || page.sameBlock(i, i - 1) && free(i - 1)) return false;
        if (line(i).text().length() < SentenceSplitter.WRAP_WIDTH) return false;
        StringBuilder b = new StringBuilder(rest(i));
        for (int k = i + 1; k < size() && page.sameBlock(i, k) && b.length() < 400; k++) {
            if (!free(k)) return false;
            b.append(' ').append(line(k).text());
        }
        return LineShape.paragraphLike(b.toString());
    }
}
