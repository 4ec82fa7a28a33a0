package dev.syndiff.core.model;

/**
 * A sentence of one copy. {@code span} may run across an ad spliced into it; the role is the
 * role of the segment the sentence starts in.
 *
 * @param id    {@code <sourceId>#<index>}, index in document order from 0
 */
public record Sentence(String id, String source, int index, Span span, String text, Role role) {
    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
