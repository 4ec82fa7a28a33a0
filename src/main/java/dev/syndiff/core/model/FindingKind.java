package dev.syndiff.core.model;

/** The kinds of difference, in the order a fact-checker wants to see them. */
public enum FindingKind {
    ALTERED_QUOTE, MEANING_CHANGE, DIFFERENT_STORY, FAKE_BYLINE, MT_ARTIFACT,
    OMITTED_CONTENT, ADDED_CONTENT, PARAPHRASE, SPILLOVER;

    /** Lower ranks first: altered quotes, then meaning changes, then the rest. */
    public int rank() {
        return ordinal();
    }
}
