package dev.syndiff.core.model;

/**
 * A fact-checker's verdict on one finding. {@code findingKey} identifies the finding across
 * runs (kind, source and span), since ids like F12 may shift when the engine changes.
 */
public record TriageMark(String findingKey, Verdict verdict, String note) {
    public enum Verdict { CONFIRMED, DISMISSED }

    public static String keyOf(Finding f) {
        return f.kind() + ":" + f.source() + ":" + f.span().start() + "-" + f.span().end();
    }
}
