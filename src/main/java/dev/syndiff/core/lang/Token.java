package dev.syndiff.core.lang;

/**
 * One word or number of a text. {@code start}/{@code end} are UTF-16 offsets into the text that
 * was tokenized ({@code text} is exactly that slice); {@code norm} is the comparison form.
 */
public record Token(String text, String norm, int start, int end) {
    /** True for a token written with digits (its norm is then the numeric value). */
    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }
}
