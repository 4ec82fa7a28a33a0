package dev.syndiff.core.load;

/** Bounds on what a bundle may hold, so a stray huge folder cannot exhaust the machine. */
public record LoadLimits(long maxFileBytes, int maxFiles, long maxTotalChars, int maxDepth) {
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public static LoadLimits defaults() {
        return new LoadLimits(DEFAULT_MAX_FILE_BYTES, 2_000, 200_000_000L, 8);
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxFiles, maxTotalChars, maxDepth);
    }
}
