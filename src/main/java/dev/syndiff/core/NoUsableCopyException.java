package dev.syndiff.core;

import dev.syndiff.core.model.LoadWarning;
import java.util.List;

/** A bundle from which not one copy could be read: nothing to compare. */
public final class NoUsableCopyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<LoadWarning> warnings;

    public NoUsableCopyException(String message, List<LoadWarning> warnings) {
        super(message);
        this.warnings = List.copyOf(warnings);
    }

    public List<LoadWarning> warnings() {
        return warnings;
    }
}
