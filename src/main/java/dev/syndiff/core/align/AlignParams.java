package dev.syndiff.core.align;

/**
 * Thresholds of a similarity scale: {@code match} lets the path consider a pair, {@code strong}
 * accepts it on its own, weaker pairs survive only next to a kept one; {@code moved} accepts a
 * pair off the monotone path; {@code mergePart} is what each half of a 1:2 or 2:1 merge must
 * score alone (across languages the second half of a split sentence may share one number only);
 * a weak pair continues a chain of kept ones across at most {@code chainGap} unpaired sentences
 * of one side (across languages a split-off half may have no evidence of its own).
 */
public record AlignParams(double match, double strong, double moved, double mergePart, int chainGap) {
    public static final AlignParams LEXICAL = new AlignParams(0.18, 0.42, 0.55, 0.04, 0);
}
