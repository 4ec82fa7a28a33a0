package dev.syndiff.core.model;

/** A stretch of one copy with one role; segments of a copy never overlap. */
public record Segment(String source, Role role, Span span, String text) {
    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
