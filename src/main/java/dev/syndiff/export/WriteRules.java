package dev.syndiff.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What a write may overwrite.
 *
 * @param inputs     the bundle's inputs (folders, files, .zip): never overwritten
 * @param force      an existing target may be replaced
 * @param intoBundle a target inside a bundle folder is allowed (it would be read as a copy next time)
 */
public record WriteRules(List<Path> inputs, boolean force, boolean intoBundle) {
    public WriteRules {
        inputs = List.copyOf(inputs);
    }

    public static WriteRules of(List<Path> inputs) {
        return new WriteRules(inputs, false, false);
    }

    public WriteRules withForce(boolean on) {
        return new WriteRules(inputs, on, intoBundle);
    }

    public WriteRules withIntoBundle(boolean on) {
        return new WriteRules(inputs, force, on);
    }
}
