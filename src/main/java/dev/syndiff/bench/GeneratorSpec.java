package dev.syndiff.bench;

/**
 * What to generate: how many copies, about how many words each, and the seed that makes
 * the output reproducible (same spec and seed texts give the same bytes).
 */
public record GeneratorSpec(int copies, int words, long seed) {
    public GeneratorSpec {
        if (copies < 1 || copies > 100_000) {
            throw new IllegalArgumentException("copies must be 1..100000, not " + copies);
        }
        if (words < 50 || words > 1_000_000) {
            throw new IllegalArgumentException("words must be 50..1000000, not " + words);
        }
    }
}
