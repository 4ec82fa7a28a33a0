package dev.syndiff.core.classify;

import dev.syndiff.core.text.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Edits that do not change what a sentence says or how: articles, one preposition, auxiliaries
 * of tense, "percent" against "%", the same word in another form.
 */
final class MinorEdits {
    private static final Set<String> MINOR_WORDS = new HashSet<>(Lexicon.lines("minor-words.txt"));

    private MinorEdits() {
    }

    static boolean isMinorWord(String norm) {
        return MINOR_WORDS.contains(norm);
    }

    static boolean isMinor(PairView p, WordDiff.Edit e) {
        if (e.aSize() > 2 || e.bSize() > 2) {
            return false;
        }
        List<String> a = norms(p.a().subList(e.aFrom(), e.aTo()));
        List<String> b = norms(p.b().subList(e.bFrom(), e.bTo()));
        if (a.size() == b.size()) {
            boolean sameStems = true;
            for (int i = 0; i < a.size(); i++) {
                sameStems &= Tokenizer.stem(a.get(i)).equals(Tokenizer.stem(b.get(i)));
            }
            if (sameStems) {
                return true;
            }
        }
        return a.stream().allMatch(MINOR_WORDS::contains) && b.stream().allMatch(MINOR_WORDS::contains)
                && a.size() + b.size() <= 2;
    }

    private static List<String> norms(List<dev.syndiff.core.text.WordToken> ts) {
        return ts.stream().map(t -> Spelling.fold(t.norm())).toList();
    }
}
