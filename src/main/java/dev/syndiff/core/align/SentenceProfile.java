package dev.syndiff.core.align;

import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.text.WordToken;
import java.util.List;

/**
 * A body sentence prepared for comparison: its words (without any ad spliced into it), its
 * language and the sorted ids of its stems in the bundle's vocabulary.
 */
public record SentenceProfile(Sentence sentence, String language, List<WordToken> words, int[] stems) {
    public String source() {
        return sentence.source();
    }

    public int length() {
        return sentence.text().length();
    }
}
