package dev.syndiff.core.model;

/** A span in a named source together with its text, so a reader needs no file to show it. */
public record SpanRef(String source, int start, int end, String text) {
    public static SpanRef of(Source source, Span span) {
        return new SpanRef(source.id(), span.start(), span.end(), source.slice(span));
    }

    public Span span() {
        return new Span(start, end);
    }
}
