package dev.syndiff.core.segment;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Source;
import java.util.List;

/**
 * Splits a copy into role segments and sentences. Lines are claimed by small rules in a fixed
 * order, strongest evidence first (ad labels, the comment section, chrome, dates, bylines,
 * captions), then by the page's shape (headline, related article, subheads); what is left in
 * the story is BODY. Stateless and thread-safe: lexicons are loaded once in static finals.
 */
public final class Segmenter {
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Article segment(Source source) {
        return segment(source, SegmentMemo.NONE);
    }

    /** As {@link #segment(Source)}, sharing the line and paragraph work of one run's copies through {@code memo}. */
    public Article segment(Source source, SegmentMemo memo) {
        Markup m = mark(new Page(source.text(), memo));
        List<Segment> segments = SegmentAssembler.assemble(m, source.id());
        return new Article(source, segments, SentenceAssembler.sentences(source, segments, splitter, memo));
    }

    /**
     * The article with its sentences split again by the rules of its language, once that is known
     * (the roles do not depend on it); the same article for "und".
     */
    public Article inLanguage(Article article, String lang) {
        return inLanguage(article, lang, SegmentMemo.NONE);
    }

    /** As {@link #inLanguage(Article, String)} through one run's memo. */
    public Article inLanguage(Article article, String lang, SegmentMemo memo) {
        SentenceSplitter local = SentenceSplitter.forLanguage(lang);
        if (local.splitsLike(splitter)) { // most locales use ICU's root rules: same sentences
            return article;
        }
        return new Article(article.source(), article.segments(),
                SentenceAssembler.sentences(article.source(), article.segments(), local, memo));
    }

    static Markup mark(Page page) {
        Markup m = new Markup(page);
        AdRule.apply(m);
        PublishedDateRule.apply(m);
        BylineRule.apply(m);
        int paragraph = HeadlineRule.firstParagraph(m);
        CommentSectionRule.apply(m, paragraph);
        CaptionRule.apply(m);
        ChromeRule.apply(m);
        HeadlineRule.apply(m, HeadlineRule.firstParagraph(m));
        RelatedArticleRule.apply(m);
        CaptionRule.repeatedHeadline(m);
        SubheadRule.apply(m);
        int lastParagraph = lastParagraph(m);
        int lastText = lastText(m);
        for (int i = Math.max(0, Math.max(m.bodyStart, lastParagraph)); i < m.storyEnd; i++) {
            if (!m.free(i)) continue;
            if (BylineRule.bareName(m, i)) {
                m.claim(i, Role.BYLINE);
            } else if (i > lastText && lastParagraph >= 0 && LineShape.titleLike(m.line(i), 1, 12)) {
                m.claim(i, Role.CHROME);  // title-shaped lines after the story's last sentence: topic links, tools
            }
        }
        for (int i = 0; i < m.size(); i++) {
            if (m.free(i) && m.line(i).text().codePoints().noneMatch(Character::isLetterOrDigit)) m.claim(i, Role.CHROME);
        }
        for (int i = 0; i < m.size(); i++) {
            m.claim(i, i < m.storyEnd ? Role.BODY : Role.CHROME);
        }
        return m;
    }

    /** The last unclaimed story line that is running text or a sentence, or -1. */
    private static int lastText(Markup m) {
        for (int k = m.storyEnd - 1; k >= 0; k--) {
            if (m.free(k) && (m.paragraphAt(k) || LineShape.sentenceLike(m.line(k).text(), 3))) return k;
        }
        return -1;
    }

    /** A bare name is a byline only where no running paragraph of the story follows it. */
    private static int lastParagraph(Markup m) {
        for (int k = m.storyEnd - 1; k >= 0; k--) {
            if (m.free(k) && m.paragraphAt(k)) return k;
        }
        return -1;
    }
}
