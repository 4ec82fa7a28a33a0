package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern COUNTS = Pattern.compile("[\\d()\\[\\]{}:#.,]");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

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
            if (m.roles[i] == Role.PUBLISHED_DATE || m.roles[i] == Role.BYLINE) {
                m.roles[i] = Role.COMMENT_CHROME;  // a comment's date or its author's name
                continue;
            }
            if (!m.free(i)) continue;
            if (heading(l) || prompt(l) || replying(l) || actions(l) || userLine(l) || userName(l)) {
                m.claim(i, Role.COMMENT_CHROME);
            } else if (ChromeRule.isChrome(l) && Lexicons.CHROME_LINES.startsLine(l.norm())) {
                m.claim(i, Role.CHROME);
            } else {
                int number = threadNumber(l.text());
                if (number > 0) m.prefix(i, l.start() + number, Role.COMMENT_CHROME);
                m.claim(i, Role.COMMENT);
            }
        }
    }

    static boolean heading(Line l) {
        if (l.words() > 5) return false;
        String bare = SPACES.matcher(COUNTS.matcher(l.norm()).replaceAll(" ").strip()).replaceAll(" ");
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
        for (String tok : NON_WORD.split(l.norm())) {
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
     * Length of a thread number opening a comment ("1.", "2.3)", "#4"), which is furniture, or 0.
     * Only a number followed by text counts.
     */
    static int threadNumber(String t) {
        int i = t.startsWith("#") ? 1 : 0;
        int digits = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.' && digits > 0
                && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1)))) {
            if (Character.isDigit(t.charAt(i))) digits++;
            i++;
        }
        if (digits == 0 || digits > 4 || i >= t.length()) return 0;
        if (t.charAt(i) == '.' || t.charAt(i) == ')') i++;
        else if (!t.startsWith("#")) return 0;
        if (i >= t.length() || !Chars.isSpace(t.charAt(i))) return 0;
        int rest = i;
        while (rest < t.length() && Chars.isSpace(t.charAt(rest))) rest++;
        return rest < t.length() && Character.isLetter(t.codePointAt(rest)) || rest < t.length() && Chars.isOpener(t.charAt(rest)) ? i : 0;
    }

    /** A bare user name: a personal name or a handle ("Jane Doe", "mill_hand9", "@farmer"). */
    static boolean userName(Line l) {
        if (l.words() > 4 || Chars.endsSentence(l.text())) return false;
        if (LineShape.nameLike(l.text())) return true;
        String t = l.text();
        return t.indexOf(' ') < 0 && t.length() >= 3 && t.chars().anyMatch(c -> c == '_' || c == '@' || Character.isDigit(c))
                && t.chars().anyMatch(Character::isLetter);
    }

    /**
     * An appended article's title: title-shaped, followed by a running paragraph, and standing after
     * the section's prompts or after a wide gap.
     */
    static boolean articleTitle(Markup m, int i) {
        Line l = m.line(i);
        if (!m.free(i) || !LineShape.titleLike(l, 3, 25) || userLine(l) || actions(l) || prompt(l)
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
