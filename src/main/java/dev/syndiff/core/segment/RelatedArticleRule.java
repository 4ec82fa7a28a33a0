package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article appended after the story: a second headline followed by running paragraphs that
 * either stands after end-of-story furniture (comments, link lists, copyright) or turns to
 * another topic (few of its content words occur in the story above it).
 */
final class RelatedArticleRule {
    /** A title turning to another topic: few known content words and few known names after it. */
    static final double OTHER_TOPIC = 0.25;
    static final double OTHER_NAMES = 0.2;
    /** After end-of-story furniture (copyright, credits, link lists) a weaker topic test is enough. */
    static final double OTHER_TOPIC_AFTER_FURNITURE = 0.3;
    /** Subheads are short; an appended article's title has a headline's length. */
    static final int TITLE_WORDS = 6;
    static final int TITLE_WORDS_AFTER_FURNITURE = 5;

    private RelatedArticleRule() {
    }

    static void apply(Markup m) {
        if (m.relatedStart < 0) findTopicShift(m);
        if (m.relatedStart < 0) return;
        m.storyEnd = Math.min(m.storyEnd, m.relatedStart);
        for (int i = m.relatedStart; i < m.size(); i++) {
            Role r = m.roles[i];
            if (r == null || r == Role.CAPTION || r == Role.SUBHEAD || r == Role.HEADLINE || r == Role.BYLINE
                    || r == Role.PUBLISHED_DATE) {
                m.roles[i] = Role.RELATED_ARTICLE;
            }
        }
    }

    private static void findTopicShift(Markup m) {
        Story story = new Story(m);
        int paragraphs = 0;
        for (int i = 0; i < m.storyEnd; i++) {
            Line l = m.line(i);
            if (i > m.bodyStart && paragraphs >= 3 && m.free(i) && m.page.alone(i)
                    && LineShape.titleLike(l, TITLE_WORDS_AFTER_FURNITURE, 25) && otherStory(m, i, story)) {
                m.relatedStart = i;
                return;
            }
            if (i >= m.bodyStart && (m.free(i) || m.roles[i] == Role.BODY || m.roles[i] == Role.HEADLINE)) {
                story.lines.add(i);
                if (m.paragraphAt(i)) paragraphs++;
            }
        }
    }

    /**
     * The story's content words and names so far, gathered from its lines only when a candidate
     * title needs them (most copies have none): the lines are noted as the scan passes them.
     */
    private static final class Story {
        final Markup m;
        final List<Integer> lines = new ArrayList<>();
        final Set<String> words = new HashSet<>();
        final Set<String> names = new HashSet<>();
        int read;

        Story(Markup m) {
            this.m = m;
        }

        Story upToDate() {
            for (; read < lines.size(); read++) {
                Set<String>[] topics = m.page.memo.topics(m.line(lines.get(read)).text());
                words.addAll(topics[0]);
                names.addAll(topics[1]);
            }
            return this;
        }
    }

    /** The two paragraphs after title line {@code t} read as another story. */
    private static boolean otherStory(Markup m, int t, Story seen) {
        int titleWords = m.line(t).words();
        boolean afterFurniture = m.roles[t - 1] == Role.CHROME || m.roles[t - 1] == Role.BYLINE;
        if (titleWords < TITLE_WORDS && !afterFurniture) {
            return false; // neither test below can pass: no need to read the paragraphs or the story
        }
        List<String> words = new ArrayList<>();
        List<String> caps = new ArrayList<>();
        int paragraphs = 0;
        for (int k = t + 1; k < m.storyEnd && paragraphs < 2; k++) {
            if (!m.free(k)) return false;
            String text = m.line(k).text();
            if (!m.paragraphAt(k)) continue;
            paragraphs++;
            Set<String>[] topics = m.page.memo.topics(text); // the paragraph's distinct words and names
            words.addAll(topics[0]);
            caps.addAll(topics[1]);
        }
        if (paragraphs < 2 || words.size() < 15) return false;
        Story story = seen.upToDate();
        double known = share(words, story.words);
        return titleWords >= TITLE_WORDS && known < OTHER_TOPIC && share(caps, story.names) < OTHER_NAMES
                || afterFurniture && known < OTHER_TOPIC_AFTER_FURNITURE;
    }

    private static double share(List<String> words, Set<String> known) {
        if (words.isEmpty()) return 0;
        int n = 0;
        for (String w : words) {
            if (known.contains(w)) n++;
        }
        return (double) n / words.size();
    }

    /** Capitalised words not opening a sentence (names, places), lower-cased. */
    static void addNames(String s, Set<String> out) {
        int i = 0;
        boolean opening = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                if (Chars.isTerminal(c)) opening = true;
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
            if (!opening && Character.isUpperCase(c) && j - i >= 3) out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
            opening = false;
            i = j;
        }
    }

    /** Content words: letter runs of five or more, lower-cased (short function words drop out in most languages). */
    static void addWords(String s, Set<String> out) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) i++;
            int j = i;
            while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
            if (j - i >= 5) out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
            i = j;
        }
    }
}
