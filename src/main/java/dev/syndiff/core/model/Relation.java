package dev.syndiff.core.model;

/** How a cell of an alignment row relates to its counterpart, from least to most changed. */
public enum Relation {
    IDENTICAL, MINOR_EDIT, PARAPHRASE, TRANSLATION_DRIFT, UNALIGNED;

    public Relation max(Relation other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
