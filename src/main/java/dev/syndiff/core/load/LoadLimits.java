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

    public LoadLimits withMaxFiles(int files) {
        return new LoadLimits(maxFileBytes, files, maxTotalChars, maxDepth);
    }

    public LoadLimits withMaxTotalChars(long chars) {
        return new LoadLimits(maxFileBytes, maxFiles, chars, maxDepth);
    }

    public LoadLimits withMaxDepth(int depth) {
        return new LoadLimits(maxFileBytes, maxFiles, maxTotalChars, depth);
    }

    /**
     * How many bytes a zip may inflate in all (skipped entries included): three bytes per
     * allowed character (UTF-8 needs at most three per UTF-16 unit) plus one file of slack.
     */
    public long maxInflatedBytes() {
        long chars = Math.min(maxTotalChars, Long.MAX_VALUE / 4);
        return chars * 3 + Math.min(maxFileBytes, Long.MAX_VALUE / 4);
    }
}
