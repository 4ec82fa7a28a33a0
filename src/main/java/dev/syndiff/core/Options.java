package dev.syndiff.core;

import dev.syndiff.core.load.LoadLimits;
import java.time.Duration;

/**
 * What a comparison run should do.
 *
 * @param reference   file name of the reference copy (extension optional), or null to choose
 * @param recursive   read subfolders of a bundle folder too
 * @param grammarPass run the slow LanguageTool pass for machine-translation damage
 */
public record Options(String reference, boolean recursive, boolean grammarPass, LoadLimits limits,
                      Duration grammarBudget) {
    /** The grammar pass stops after this long and says so on the report. */
    public static final Duration DEFAULT_GRAMMAR_BUDGET = Duration.ofMinutes(3);

    public Options(String reference, boolean recursive, boolean grammarPass, LoadLimits limits) {
        this(reference, recursive, grammarPass, limits, DEFAULT_GRAMMAR_BUDGET);
    }

    public static Options defaults() {
        return new Options(null, false, true, LoadLimits.defaults());
    }

    public Options withGrammarBudget(Duration budget) {
        return new Options(reference, recursive, grammarPass, limits, budget);
    }

    public Options withReference(String ref) {
        return new Options(ref, recursive, grammarPass, limits, grammarBudget);
    }

    public Options withGrammarPass(boolean on) {
        return new Options(reference, recursive, on, limits, grammarBudget);
    }

    public Options withRecursive(boolean on) {
        return new Options(reference, on, grammarPass, limits, grammarBudget);
    }

    public Options withLimits(LoadLimits l) {
        return new Options(reference, recursive, grammarPass, l, grammarBudget);
    }
}
