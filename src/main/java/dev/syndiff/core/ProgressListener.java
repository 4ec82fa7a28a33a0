package dev.syndiff.core;

/** Hears how far a comparison has got, and may ask it to stop. */
public interface ProgressListener {
    ProgressListener NONE = (stage, fraction) -> { };

    /** @param fraction 0..1 of the whole run */
    void progress(String stage, double fraction);

    /** Polled between steps; a run asked to stop throws {@link CancelledException}. */
    default boolean isCancelled() {
        return false;
    }
}
