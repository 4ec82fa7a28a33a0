package dev.syndiff.core.align;

/**
 * Thresholds of a similarity scale: {@code match} lets the path consider a pair, {@code strong}
 * accepts it on its own, weaker pairs survive only next to a kept one; {@code moved} accepts a
 * pair off the monotone path.
 */
public record AlignParams(double match, double strong, double moved) {
    public static final AlignParams LEXICAL = new AlignParams(0.18, 0.42, 0.55);
}
