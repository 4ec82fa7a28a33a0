package dev.syndiff.core.segment;

/**
 * One non-blank line of a copy, trimmed.
 *
 * @param index       position among the non-blank lines
 * @param start       first non-space char (inclusive)
 * @param end         after the last non-space char
 * @param text        the trimmed text
 * @param norm        {@link Lexicon#norm} of the text
 * @param block       paragraph number: lines with no blank line between them share it
 * @param blanksBefore blank lines between this line and the previous one (start of text counts as 1)
 * @param words       number of words, counted once
 */
record Line(int index, int start, int end, String text, String norm, int block, int blanksBefore, int words) {
    Line(int index, int start, int end, String text, String norm, int block, int blanksBefore) {
        this(index, start, end, text, norm, block, blanksBefore, LineShape.words(text));
    }
}
