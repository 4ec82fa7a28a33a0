package dev.syndiff.core.classify;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two token lists; the one place java-diff-utils is used. The
 * diff runs over whole words, so every edit boundary already lies on a word edge.
 */
public final class WordDiff {
    private WordDiff() {
    }

    /** A run of words of {@code a} [aFrom, aTo) replaced by words of {@code b} [bFrom, bTo). */
    public record Edit(int aFrom, int aTo, int bFrom, int bTo) {
        public boolean isInsert() {
            return aFrom == aTo;
        }

        public boolean isDelete() {
            return bFrom == bTo;
        }

        public int aSize() {
            return aTo - aFrom;
        }

        public int bSize() {
            return bTo - bFrom;
        }
    }

    public static List<Edit> diff(List<WordToken> a, List<WordToken> b) {
        return diffKeys(a.stream().map(WordDiff::key).toList(), b.stream().map(WordDiff::key).toList());
    }

    /** As {@link #diff} over the words' keys ({@link #key}) computed beforehand. */
    static List<Edit> diffKeys(List<String> x, List<String> y) {
        List<Edit> out = new ArrayList<>();
        if (x.equals(y)) { // a verbatim sentence: Myers finds no edit either
            return out;
        }
        for (AbstractDelta<String> d : DiffUtils.diff(x, y).getDeltas()) {
            if (d.getType() == DeltaType.EQUAL) {
                continue;
            }
            int af = d.getSource().getPosition();
            int bf = d.getTarget().getPosition();
            out.add(new Edit(af, af + d.getSource().size(), bf, bf + d.getTarget().size()));
        }
        out.sort((e, f) -> Integer.compare(e.aFrom(), f.aFrom()));
        return out;
    }

    /** Words compare by their folded form, with British and American spellings made one. */
    static String key(WordToken t) {
        return Spelling.fold(t.norm());
    }
}
