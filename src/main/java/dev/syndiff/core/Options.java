package dev.syndiff.core;

import dev.syndiff.core.load.LoadLimits;

/**
 * What a comparison run should do.
 *
 * @param reference   file name of the reference copy (extension optional), or null to choose
 * @param recursive   read subfolders of a bundle folder too
 * @param grammarPass run the slow LanguageTool pass for machine-translation damage
 */
public record Options(String reference, boolean recursive, boolean grammarPass, LoadLimits limits) {
    public static Options defaults() {
        return new Options(null, false, true, LoadLimits.defaults());
    }

    public Options withReference(String ref) {
        return new Options(ref, recursive, grammarPass, limits);
    }

    public Options withGrammarPass(boolean on) {
        return new Options(reference, recursive, on, limits);
    }

    public Options withRecursive(boolean on) {
        return new Options(reference, on, grammarPass, limits);
    }

    public Options withLimits(LoadLimits l) {
        return new Options(reference, recursive, grammarPass, l);
    }
}
