package dev.syndiff.core.model;

/**
 * One word-level change inside an aligned pair: words of {@code source} at {@code span}
 * replaced, inserted or deleted relative to {@code counterpart} (an empty span marks the
 * place of an insertion or deletion on that side).
 */
public record WordEdit(Type type, String source, Span span, String counterpartSource, Span counterpartSpan) {
    public enum Type { CHANGE, INSERT, DELETE }
}
