package dev.syndiff.core.classify;

import dev.syndiff.core.text.WordLists;
import java.util.List;
import java.util.Locale;

/** The classifier's word lists, under dev/syndiff/classify/, folded to lower case. */
final class Lexicon {
    private Lexicon() {
    }

    static List<String> lines(String name) {
        return WordLists.read("/dev/syndiff/classify/" + name).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
