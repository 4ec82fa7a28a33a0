package dev.syndiff.core.model;

/** What a stretch of a copy is: the story itself or something the page wrapped around it. */
public enum Role {
    HEADLINE, CHROME, DATELINE, BYLINE, PUBLISHED_DATE, CAPTION, AD_ARTIFACT,
    BODY, SUBHEAD, COMMENT, COMMENT_CHROME, RELATED_ARTICLE;

    /** Roles that are not the story: they become spillover findings, not aligned text. */
    public boolean isSpillover() {
        return this == COMMENT || this == COMMENT_CHROME || this == RELATED_ARTICLE || this == AD_ARTIFACT;
    }
}
