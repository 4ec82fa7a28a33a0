package dev.syndiff.core.lang;

/**
 * A language-independent fact in a sentence: the same key comes out of a sentence and of its
 * translation. {@code start}/{@code end} are UTF-16 offsets into the text given to
 * {@link FactAnchors#extract}.
 *
 * <p>Keys: {@code NUM:3000}, {@code NUM:1.5} (plain decimal value), {@code PCT:9},
 * {@code YEAR:2025}, {@code MONTH:3}, {@code WEEKDAY:1} (ISO: 1 = Monday .. 7 = Sunday),
 * {@code DATE:3-3} (month-day), {@code TIME:17:10}, {@code NAME:mrn} (loose consonant
 * skeleton of one capitalised word, see {@link NameSkeleton}). A {@code MAYBE_NAME} has a
 * NAME key but stands where any word is capitalised (first word of a sentence, a title-case
 * headline): it counts when the other sentence has the same name and is ignored otherwise.
 */
public record Anchor(Kind kind, String key, int start, int end) {
    /** What kind of fact an anchor is; the similarity weighs them differently. */
    public enum Kind { NUMBER, PERCENT, YEAR, MONTH, WEEKDAY, DATE, TIME, NAME, MAYBE_NAME }

    public Anchor {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad anchor span [" + start + "," + end + ")");
        }
    }
}
