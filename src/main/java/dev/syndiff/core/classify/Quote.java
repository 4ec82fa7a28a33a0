package dev.syndiff.core.classify;

import dev.syndiff.core.model.Span;

/** A quotation in a source: {@code outer} includes the quotation marks, {@code inner} not. */
public record Quote(Span outer, Span inner) {
    public Quote clip(Span range) {
        int s = Math.max(inner.start(), range.start());
        int e = Math.min(inner.end(), range.end());
        if (e <= s) {
            return null;
        }
        int os = s == inner.start() ? outer.start() : s;
        int oe = e == inner.end() ? outer.end() : e;
        return new Quote(new Span(os, oe), new Span(s, e));
    }
}
