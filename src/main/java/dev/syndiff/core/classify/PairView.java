package dev.syndiff.core.classify;

import dev.syndiff.core.align.SentenceProfile;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One copy's cell of a row seen against the row's counterpart cell: both sides' words (and their
 * comparison keys, {@link WordDiff#key}), the word edits between them and the quotations in
 * each. Side a is the counterpart, b the copy.
 */
public record PairView(int row, String aSource, String bSource, String aText, String bText,
                       List<SentenceProfile> aCell, List<SentenceProfile> bCell,
                       List<WordToken> a, List<WordToken> b, List<String> aKeys, List<String> bKeys,
                       List<WordDiff.Edit> edits, List<Quote> aQuotes, List<Quote> bQuotes, boolean sameLanguage) {

    /** {@code keys}: the comparison keys of a sentence's words, computed once per sentence by the caller. */
    static PairView of(int row, String aSource, String aText, List<SentenceProfile> aCell, List<Quote> aAll,
                       String bSource, String bText, List<SentenceProfile> bCell, List<Quote> bAll,
                       boolean sameLanguage, Function<SentenceProfile, List<String>> keys) {
        return withCounterpartQuotes(row, aSource, aText, aCell, clip(aAll, aCell), bSource, bText, bCell, bAll,
                sameLanguage, keys);
    }

    /**
     * As {@link #of} with the counterpart's quotations already clipped to its cell ({@link #clip}):
     * every copy of a row shares the counterpart, so the caller clips them once a row.
     */
    static PairView withCounterpartQuotes(int row, String aSource, String aText, List<SentenceProfile> aCell,
                                          List<Quote> aQuotes, String bSource, String bText, List<SentenceProfile> bCell,
                                          List<Quote> bAll, boolean sameLanguage,
                                          Function<SentenceProfile, List<String>> keys) {
        List<WordToken> a = words(aCell);
        List<WordToken> b = words(bCell);
        List<String> aKeys = keys(aCell, keys);
        List<String> bKeys = keys(bCell, keys);
        List<WordDiff.Edit> edits = sameLanguage ? WordDiff.diffKeys(aKeys, bKeys) : List.of();
        return new PairView(row, aSource, bSource, aText, bText, aCell, bCell, a, b, aKeys, bKeys, edits,
                aQuotes, clip(bAll, bCell), sameLanguage);
    }

    private static List<WordToken> words(List<SentenceProfile> cell) {
        if (cell.size() == 1) {
            return cell.get(0).words();
        }
        List<WordToken> out = new ArrayList<>();
        cell.forEach(p -> out.addAll(p.words()));
        return out;
    }

    private static List<String> keys(List<SentenceProfile> cell, Function<SentenceProfile, List<String>> keys) {
        if (cell.size() == 1) {
            return keys.apply(cell.get(0));
        }
        List<String> out = new ArrayList<>();
        cell.forEach(p -> out.addAll(keys.apply(p)));
        return out;
    }

    /**
     * The quotations' parts inside the cell's sentences. {@code all} comes from one pass over the
     * text, so the quotations are disjoint and in text order: only those from the first one ending
     * after a sentence's start up to the first one starting at or after its end can reach it.
     */
    static List<Quote> clip(List<Quote> all, List<SentenceProfile> cell) {
        List<Quote> out = new ArrayList<>();
        for (SentenceProfile p : cell) {
            Span span = p.sentence().span();
            for (int k = firstEndingAfter(all, span.start(), q -> q.inner().end()); k < all.size(); k++) {
                Quote q = all.get(k);
                if (q.inner().start() >= span.end()) {
                    break;
                }
                Quote c = q.clip(span);
                if (c != null && hasWord(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The index of the first quotation (disjoint, in order) whose {@code end} is after {@code offset}. */
    static int firstEndingAfter(List<Quote> all, int offset, java.util.function.ToIntFunction<Quote> end) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end.applyAsInt(all.get(mid)) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean hasWord(Quote q) {
        return q.inner().length() > 1;
    }

    public boolean aInQuote(int token) {
        return inside(aQuotes, a.get(token));
    }

    public boolean bInQuote(int token) {
        return inside(bQuotes, b.get(token));
    }

    private static boolean inside(List<Quote> quotes, WordToken t) {
        for (Quote q : quotes) {
            if (q.inner().contains(t.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Both sides read alike word for word: the same words (text and norm) at the same offsets from
     * each side's first word, inside quotations at the same offsets. Whatever a rule reads of one
     * side's words, quote marks and in-quote flags then reads the same of the other.
     */
    public boolean mirrored() {
        if (a.size() != b.size() || aQuotes.size() != bQuotes.size()) {
            return false;
        }
        if (a.isEmpty()) {
            return aQuotes.isEmpty();
        }
        int da = a.get(0).start();
        int db = b.get(0).start();
        for (int i = 0; i < a.size(); i++) {
            WordToken x = a.get(i);
            WordToken y = b.get(i);
            if (x.start() - da != y.start() - db || x.end() - da != y.end() - db || !x.text().equals(y.text())
                    || !x.norm().equals(y.norm())) {
                return false;
            }
        }
        for (int k = 0; k < aQuotes.size(); k++) {
            Quote x = aQuotes.get(k);
            Quote y = bQuotes.get(k);
            if (x.inner().start() - da != y.inner().start() - db || x.inner().end() - da != y.inner().end() - db
                    || x.outer().start() - da != y.outer().start() - db || x.outer().end() - da != y.outer().end() - db) {
                return false;
            }
        }
        return true;
    }

    /** The copy span of words [from, to), or a point next to {@code from} when empty. */
    public Span bSpan(int from, int to) {
        if (b.isEmpty()) {
            return bCell.get(0).sentence().span();
        }
        if (from >= to) {
            WordToken t = b.get(Math.min(from, b.size() - 1));
            return new Span(t.start(), t.end());
        }
        return new Span(b.get(from).start(), b.get(to - 1).end());
    }

    public Span aSpan(int from, int to) {
        if (a.isEmpty()) {
            return aCell.get(0).sentence().span();
        }
        if (from >= to) {
            WordToken t = a.get(Math.min(from, a.size() - 1));
            return new Span(t.start(), t.end());
        }
        return new Span(a.get(from).start(), a.get(to - 1).end());
    }

    public String words(List<WordToken> side, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(i > from ? " " : "").append(side.get(i).text());
        }
        return s.toString();
    }

    /** 0..1: the share of words the two sides have in common, in order. */
    public double overlap() {
        int changed = 0;
        for (WordDiff.Edit e : edits) {
            changed += e.aSize() + e.bSize();
        }
        int total = a.size() + b.size();
        return total == 0 ? 1 : 1.0 - (double) changed / total;
    }
}
