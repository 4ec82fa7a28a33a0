package dev.syndiff.export.html;

/**
 * A highlight over [start, end) of one copy's text, drawn as element {@code tag} with class
 * {@code cls} (both made by the export, never input text; cls may be null). Word edits use
 * plain semantic elements (u, strong, s, em, q) so the commonest marks need no class at all.
 * A zero-length mark is drawn as an empty element at its place (a caret).
 */
record Mark(int start, int end, String tag, String cls) {
    Mark(int start, int end, String cls) {
        this(start, end, "i", cls);
    }

    String open(String id) {
        return "<" + tag + (id == null ? "" : " id=\"" + id + "\"") + (cls == null ? "" : " class=\"" + cls + "\"") + ">";
    }

    String close() {
        return "</" + tag + ">";
    }
}
