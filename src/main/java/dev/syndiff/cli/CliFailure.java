package dev.syndiff.cli;

/** A problem the user can fix, reported as one line on stderr with exit code 2. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message);
    }
}
