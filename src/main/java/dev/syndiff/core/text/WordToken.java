package dev.syndiff.core.text;

/**
 * A word of a source with its place in the original text and two normalized forms: {@code norm}
 * (case, typography and number notation folded) for exact comparison, {@code stem} (also crude
 * suffix stripping) for similarity. Spans stay on the original text; only copies are normalized.
 */
public record WordToken(String text, String norm, String stem, int start, int end) {
    public boolean isNumber() {
        return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
