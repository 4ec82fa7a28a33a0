package dev.syndiff.core;

/** Thrown when a run stops because its listener asked it to. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("comparison cancelled");
    }
}
