package dev.syndiff.export;

import java.nio.file.Path;

/** A report could not be written, or was refused, for a reason a person can act on. */
public final class WriteRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String target;
    private final String reason;

    public WriteRefusedException(Path target, String reason) {
        this(target, reason, null);
    }

    public WriteRefusedException(Path target, String reason, Throwable cause) {
        super("cannot write " + target + ": " + reason, cause);
        this.target = target.toString();
        this.reason = reason;
    }

    public String target() {
        return target;
    }

    public String reason() {
        return reason;
    }
}
