package dev.syndiff.cli;

/** The exit codes; the README's table is copied from here. */
final class Exit {
    /** The bundle was compared and nothing went wrong. */
    static final int OK = 0;
    /** The bundle was compared, but some file was skipped or read with trouble. */
    static final int WARNINGS = 1;
    /** Nothing to compare or bad usage: no usable copy, bad option, unknown reference, refused target. */
    static final int USAGE = 2;
    /** A bug in Syndiff: an unexpected exception, reported in one line. */
    static final int INTERNAL = 3;

    private Exit() {
    }
}
