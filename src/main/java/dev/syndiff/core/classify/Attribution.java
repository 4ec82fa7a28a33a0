package dev.syndiff.core.classify;

import dev.syndiff.core.text.Tokenizer;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who a sentence credits: the capitalised name next to a speech verb ("Le Drian said", "told X"). */
final class Attribution {
    private static final Set<String> SPEECH_VERBS = new HashSet<>(Lexicon.lines("speech-verbs.txt"));

    private Attribution() {
    }

    /** The speaker named in text[from, to) outside the given quotes, or null. */
    static String speaker(String text, int from, int to, List<Quote> quotes) {
        List<WordToken> words = outside(Tokenizer.words(text, from, to), quotes);
        for (int i = 0; i < words.size(); i++) {
            if (!SPEECH_VERBS.contains(words.get(i).norm())) {
                continue;
            }
            String before = nameRun(words, i - 1, -1);
            if (before != null) {
                return before;
            }
            String after = nameRun(words, i + 1, 1);
            if (after != null) {
                return after;
            }
        }
        return null;
    }

    /** Capitalised words outside quotes that are not the first word: the names a sentence uses. */
    static Set<String> names(List<WordToken> words, PairView p, boolean aSide) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            boolean quoted = aSide ? p.aInQuote(i) : p.bInQuote(i);
            if (!quoted && words.get(i).isCapitalized() && words.get(i).norm().length() > 2) {
                out.add(words.get(i).norm());
            }
        }
        return out;
    }

    private static String nameRun(List<WordToken> words, int from, int step) {
        List<String> run = new ArrayList<>();
        int i = from;
        while (i >= 0 && i < words.size() && words.get(i).isCapitalized() && run.size() < 4) {
            run.add(words.get(i).text());
            i += step;
        }
        if (run.isEmpty()) {
            return null;
        }
        if (step < 0) {
            java.util.Collections.reverse(run);
        }
        return String.join(" ", run);
    }

    private static List<WordToken> outside(List<WordToken> words, List<Quote> quotes) {
        if (!ordered(quotes)) {
            return words.stream().filter(w -> quotes.stream().noneMatch(q -> q.outer().contains(w.start()))).toList();
        }
        // a text's quotations are disjoint and in order: the one that could hold a word is found by bisection
        List<WordToken> out = new ArrayList<>(words.size());
        for (WordToken w : words) {
            int k = PairView.firstEndingAfter(quotes, w.start(), q -> q.outer().end());
            if (k >= quotes.size() || !quotes.get(k).outer().contains(w.start())) {
                out.add(w);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Outer spans in text order, none overlapping the next. */
    private static boolean ordered(List<Quote> quotes) {
        for (int k = 1; k < quotes.size(); k++) {
            if (quotes.get(k).outer().start() < quotes.get(k - 1).outer().end()) {
                return false;
            }
        }
        return true;
    }
}
