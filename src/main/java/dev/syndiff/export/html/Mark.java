package dev.syndiff.export.html;

/**
 * A highlight over [start, end) of one copy's text; {@code cls} is a class name made by the
 * export (never input text). A zero-length mark shows as a caret at its place.
 */
record Mark(int start, int end, String cls) {
}
