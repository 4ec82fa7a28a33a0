package dev.syndiff.export.html;

/**
 * Something placed at one offset of a copy: either markup made by the export ({@code html},
 * e.g. a numbered finding marker) or an id for the highlight that starts there.
 */
record Anchor(int at, String id, String html) {
    static Anchor markup(int at, String html) {
        return new Anchor(at, null, html);
    }

    static Anchor id(int at, String id) {
        return new Anchor(at, id, null);
    }
}
