package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reader-comment section: it opens at a comment heading ("Comments (4)", "Member comments")
 * or a sign-in prompt after the story has begun, and runs until an article title that follows
 * its closing prompts. Inside it, headings, prompts, sort controls, user-name/time lines,
 * "Replying to X" and "Reply · 12 likes" rows are COMMENT_CHROME; everything else is a COMMENT.
 */
final class CommentSectionRule {
    /** Every word of the action phrases ("gefällt mir" gives "gefällt" and "mir"). */
    private static final Set<String> ACTION_WORDS = Lexicons.COMMENT_ACTIONS.phrases().stream()
            .flatMap(p -> Arrays.stream(p.split(" "))).collect(Collectors.toUnmodifiableSet());

    private CommentSectionRule() {
    }

    /** A comment section follows at least this many running paragraphs (fewer in a short copy). */
    static final int STORY_PARAGRAPHS = 3;

    static void apply(Markup m, int firstParagraph) {
        int n = m.size();
        int start = -1;
        int paragraphs = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (m.free(i) && m.paragraphAt(i)) total++;
        }
        for (int i = Math.max(0, firstParagraph); i < n && start < 0; i++) {
            if (!m.free(i)) continue;
            Line l = m.line(i);
            if (paragraphs >= Math.min(STORY_PARAGRAPHS, total) && i > firstParagraph
                    && (heading(l) || prompt(l) && Lexicons.COMMENT_WORDS.occursIn(l.norm()))) {
                start = i;
            } else if (m.paragraphAt(i)) {
                paragraphs++;
            }
        }
        if (start < 0) return;
        m.commentStart = start;
        m.storyEnd = start;
        for (int i = start; i < n; i++) {
            Line l = m.line(i);
            if (i > start && articleTitle(m, i)) {
                m.relatedStart = i;
                return;
            }
            if (!m.free(i)) continue;
            if (heading(l) || prompt(l) || replying(l) || actions(l) || userLine(l)) {
                m.claim(i, Role.COMMENT_CHROME);
            } else if (ChromeRule.isChrome(l) && Lexicons.CHROME_LINES.startsLine(l.norm())) {
                m.claim(i, Role.CHROME);
            } else {
                m.claim(i, Role.COMMENT);
            }
        }
    }

    static boolean heading(Line l) {
        if (l.words() > 5) return false;
        String bare = l.norm().replaceAll("[\\d()\\[\\]{}:#.,]", " ").strip().replaceAll(" +", " ");
        return !bare.isEmpty() && Lexicons.COMMENT_HEADINGS.isWhole(bare);
    }

    static boolean prompt(Line l) {
        return l.words() <= 16 && Lexicons.COMMENT_PROMPTS.occursIn(l.norm());
    }

    static boolean replying(Line l) {
        return l.words() <= 6 && Lexicons.COMMENT_REPLYING.startsLine(l.norm());
    }

    /** A row of action words and counts: "Reply · 12 likes", "Like (3) | Report". */
    static boolean actions(Line l) {
        if (l.words() > 8) return false;
        boolean any = false;
        for (String tok : l.norm().split("[^\\p{L}\\p{N}']+")) {
            if (tok.isEmpty() || tok.chars().allMatch(Character::isDigit)) continue;
            if (!ACTION_WORDS.contains(tok)) return false;
            any = true;
        }
        return any;
    }

    /** "harbourcat_77 · 2 hours ago", "Jane D. | 28.01.2022 20:07": a short line with a handle and a time. */
    static boolean userLine(Line l) {
        if (l.words() > 9 || Chars.endsSentence(l.text())) return false;
        String norm = l.norm();
        boolean time = Lexicons.TIME_AGO.occursIn(norm) && norm.chars().anyMatch(Character::isDigit)
                || Lexicons.TIME_AGO.occursIn(norm) && l.words() <= 4;
        if (time) return true;
        int sep = Math.max(norm.indexOf(" \u00B7 "), Math.max(norm.indexOf(" | "), norm.indexOf(" - ")));
        if (sep <= 0) return false;
        String after = l.text().substring(Math.min(l.text().length(), sep + 3)).strip();
        return DateExpression.lengthAt(after, 0) > 0;
    }

    /**
     * An appended article's title: title-shaped, followed by a running paragraph, and standing after
     * the section's prompts or after a wide gap.
     */
    static boolean articleTitle(Markup m, int i) {
        Line l = m.line(i);
        if (!m.free(i) || !LineShape.titleLike(l.text(), 3, 25) || userLine(l) || actions(l) || prompt(l)
                || heading(l) || replying(l) || i + 1 >= m.size() || m.page.sameBlock(i, i + 1)) {
            return false;
        }
        Line next = m.line(i + 1);
        if (!(m.paragraphAt(i + 1) || LineShape.sentenceLike(next.text(), 10))) return false;
        Line before = m.line(i - 1);
        boolean afterPrompt = prompt(before) || heading(before) || ChromeRule.isChrome(before);
        return afterPrompt || l.blanksBefore() >= 2;
    }
}
