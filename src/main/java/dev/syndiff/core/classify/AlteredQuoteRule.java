package dev.syndiff.core.classify;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quotations whose words differ between a copy and its counterpart: changed, added, dropped or
 * reordered words, another speaker, a quote gone from the sentence, or narrative recast as a
 * quote. Punctuation, case, typography and British/American spelling are not a change.
 */
public final class AlteredQuoteRule implements FindingRule {
    private final QuoteLedger ledger;
    /** Who else the copy credits is asked once a pair (it reads the pair, not the quote); false: once a quote. */
    private final boolean speakerOncePerPair;

    public AlteredQuoteRule(QuoteLedger ledger) {
        this(ledger, true);
    }

    AlteredQuoteRule(QuoteLedger ledger, boolean speakerOncePerPair) {
        this.ledger = ledger;
        this.speakerOncePerPair = speakerOncePerPair;
    }

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (PairView p : ctx.pairs()) {
            if (p.sameLanguage()) {
                compare(ctx, p, out);
            } else {
                recordTranslated(ctx, p);
            }
        }
        return out;
    }

    /**
     * Quotes in another language are paired by their order in the sentence: TRANSLATED, or ALTERED
     * where their numbers, dates or names differ (TranslatedFactsRule reports that as a finding).
     */
    private void recordTranslated(ClassifyContext ctx, PairView p) {
        List<Quote> bs = p.bQuotes();
        for (int i = 0; i < p.aQuotes().size(); i++) {
            Quote qa = p.aQuotes().get(i);
            Quote qb = bs.isEmpty() ? null : bs.get(Math.min(i, bs.size() - 1));
            QuoteStatus status = qb == null ? QuoteStatus.MISSING
                    : sameFacts(ctx, p, qa, qb) ? QuoteStatus.TRANSLATED : QuoteStatus.ALTERED;
            ledger.record(ctx, p.aSource(), qa, p.bSource(), qb, status);
        }
    }

    private static boolean sameFacts(ClassifyContext ctx, PairView p, Quote qa, Quote qb) {
        var a = TranslatedFacts.of(p.aText(), qa.inner(), ctx.language(p.aSource()));
        var b = TranslatedFacts.of(p.bText(), qb.inner(), ctx.language(p.bSource()));
        return TranslatedFacts.mismatches(a, b).isEmpty() && TranslatedFacts.nameMismatches(p.aText(), a, p.bText(), b).isEmpty();
    }

    private void compare(ClassifyContext ctx, PairView p, List<Finding> out) {
        Set<Quote> matchedB = new HashSet<>();
        Set<Span> reported = new HashSet<>();
        String cFile = ctx.fileOf(p.aSource());
        List<List<String>> bWords = new ArrayList<>();
        List<Set<String>> bSets = new ArrayList<>();
        for (Quote qb : p.bQuotes()) {
            bWords.add(words(p, false, qb));
            bSets.add(new HashSet<>(bWords.get(bWords.size() - 1)));
        }
        // each counterpart quote's words and best match, found once for both passes below
        List<List<String>> aWords = new ArrayList<>();
        List<Quote> aBest = new ArrayList<>();
        for (Quote qa : p.aQuotes()) {
            aWords.add(words(p, true, qa));
            aBest.add(bestMatch(p, aWords.get(aWords.size() - 1), bSets));
        }
        java.util.Map<Quote, Quote> byPlace = pairByPlace(p, bWords, aWords, aBest);
        boolean mirrored = !p.aQuotes().isEmpty() && p.mirrored();
        List<Finding> gone = new ArrayList<>();
        String[] speaker = null; // otherSpeaker(p), once found
        int before = out.size();
        for (int ia = 0; ia < p.aQuotes().size(); ia++) {
            Quote qa = p.aQuotes().get(ia);
            List<String> wa = aWords.get(ia);
            if (wa.isEmpty()) {
                continue;
            }
            Quote qb = aBest.get(ia);
            if (qb == null) {
                qb = byPlace.get(qa);
            }
            if (qb == null) {
                Span at = mappedSpan(p, qa);
                ledger.record(ctx, p.aSource(), qa, p.bSource(), null, QuoteStatus.MISSING);
                if (reported.add(at)) {
                    gone.add(ctx.finding(FindingKind.ALTERED_QUOTE, p.bSource(), at, ctx.ref(p.aSource(), qa.outer()), 0.7,
                            "The quote \u2018" + ClassifyContext.excerpt(qa.inner().of(p.aText())) + "\u2019 of " + cFile
                                    + " is gone from this sentence; it reads \u2018" + ClassifyContext.excerpt(at.of(p.bText())) + "\u2019."));
                }
                continue;
            }
            matchedB.add(qb);
            int kb = indexOf(p.bQuotes(), qb);
            List<String> wb = kb >= 0 ? bWords.get(kb) : words(p, false, qb); // the copy quote's words, found above
            if (wa.equals(wb)) {
                // mirrored sides name the same people outside quotes, so no other speaker can turn up
                if (!mirrored && (speaker == null || !speakerOncePerPair)) {
                    speaker = new String[] {otherSpeaker(p)};
                }
                String why = mirrored ? null : speaker[0];
                boolean same = qa.outer().length() == qb.outer().length() // the same marks and words, compared in place
                        && p.aText().regionMatches(qa.outer().start(), p.bText(), qb.outer().start(), qa.outer().length());
                if (why == null) {
                    ledger.record(ctx, p.aSource(), qa, p.bSource(), qb, same ? QuoteStatus.EXACT : QuoteStatus.MINOR);
                } else {
                    ledger.record(ctx, p.aSource(), qa, p.bSource(), qb, QuoteStatus.ALTERED);
                    if (reported.add(qb.outer())) {
                        out.add(ctx.finding(FindingKind.ALTERED_QUOTE, p.bSource(), speakerSpan(p, qb), ctx.ref(p.aSource(), qa.outer()),
                                0.75, "The quote \u2018" + ClassifyContext.excerpt(qb.inner().of(p.bText())) + "\u2019 is credited " + why + "."));
                    }
                }
                continue;
            }
            ledger.record(ctx, p.aSource(), qa, p.bSource(), qb, QuoteStatus.ALTERED);
            if (reported.add(qb.outer())) {
                out.add(ctx.finding(FindingKind.ALTERED_QUOTE, p.bSource(), qb.outer(), ctx.ref(p.aSource(), qa.outer()),
                        0.9, "The quote reads \u2018" + ClassifyContext.excerpt(qb.inner().of(p.bText())) + "\u2019 here but \u2018"
                                + ClassifyContext.excerpt(qa.inner().of(p.aText())) + "\u2019 in " + cFile + "."));
            }
        }
        // a quote cut short is one finding: the part that is gone is not reported again
        if (out.size() == before) {
            out.addAll(gone);
        }
        for (int k = 0; k < p.bQuotes().size(); k++) {
            Quote qb = p.bQuotes().get(k);
            List<String> wb = bWords.get(k);
            if (matchedB.contains(qb) || wb.size() < 3 || !reported.add(qb.outer())) {
                continue;
            }
            if (unquotedIn(p, wb) >= 0.6) {
                out.add(ctx.finding(FindingKind.ALTERED_QUOTE, p.bSource(), qb.outer(), null, 0.7,
                        "Words that " + cFile + " gives as narrative are presented here as a direct quote: \u2018"
                                + ClassifyContext.excerpt(qb.inner().of(p.bText())) + "\u2019."));
            }
        }
    }

    /**
     * Quotes that share no words but stand in the same order in both sentences, as many on
     * each side, are the same quote reworded (\u201cof course\u201d rendered \u201cunconditional\u201d).
     */
    private static java.util.Map<Quote, Quote> pairByPlace(PairView p, List<List<String>> bWords,
                                                          List<List<String>> aWords, List<Quote> aBest) {
        List<Quote> a = new ArrayList<>();
        List<Quote> taken = new ArrayList<>();
        for (int i = 0; i < p.aQuotes().size(); i++) {
            Quote q = p.aQuotes().get(i);
            List<String> wa = aWords.get(i);
            Quote m = aBest.get(i);
            if (!wa.isEmpty() && m == null) a.add(q);
            if (m != null) taken.add(m);
        }
        List<Quote> b = new ArrayList<>();
        for (int k = 0; k < p.bQuotes().size(); k++) {
            Quote q = p.bQuotes().get(k);
            if (!taken.contains(q) && !bWords.get(k).isEmpty()) b.add(q);
        }
        java.util.Map<Quote, Quote> out = new java.util.HashMap<>();
        if (!a.isEmpty() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) out.put(a.get(i), b.get(i));
        }
        return out;
    }

    /** The copy quote sharing most words with the counterpart's, if they share enough ({@code bSets}: each b quote's words). */
    private static Quote bestMatch(PairView p, List<String> wa, List<Set<String>> bSets) {
        Quote best = null;
        double bestScore = 0.3;
        Set<String> setA = new HashSet<>(wa);
        for (int k = 0; k < p.bQuotes().size(); k++) {
            Quote qb = p.bQuotes().get(k);
            Set<String> setB = bSets.get(k);
            int common = 0;
            for (String w : setA) {
                common += setB.contains(w) ? 1 : 0;
            }
            double score = 2.0 * common / (setA.size() + setB.size());
            if (score > bestScore) {
                bestScore = score;
                best = qb;
            }
        }
        return best;
    }

    /** Who else the copy credits, when the quote's words are the same but the names around it differ. */
    static String otherSpeaker(PairView p) {
        Set<String> a = Attribution.names(p.a(), p, true);
        Set<String> b = Attribution.names(p.b(), p, false);
        Set<String> onlyA = new HashSet<>(a);
        onlyA.removeAll(b);
        Set<String> onlyB = new HashSet<>(b);
        onlyB.removeAll(a);
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return null;
        }
        for (String x : onlyA) {
            for (String y : onlyB) {
                if (Names.similar(x, y)) {
                    return null;
                }
            }
        }
        String speakerB = Attribution.speaker(p.bText(), p.bCell().get(0).sentence().start(),
                p.bCell().get(p.bCell().size() - 1).sentence().end(), p.bQuotes());
        String speakerA = Attribution.speaker(p.aText(), p.aCell().get(0).sentence().start(),
                p.aCell().get(p.aCell().size() - 1).sentence().end(), p.aQuotes());
        if (speakerA == null || speakerB == null || speakerA.equals(speakerB)) {
            return null;
        }
        return "to " + speakerB + " here but to " + speakerA + " in the counterpart";
    }

    private static Span speakerSpan(PairView p, Quote qb) {
        int end = p.bCell().get(p.bCell().size() - 1).sentence().end();
        return new Span(qb.outer().start(), Math.max(qb.outer().end(), end));
    }

    /** Share of the quote's words that the counterpart has outside quotation marks. */
    private static double unquotedIn(PairView p, List<String> wb) {
        Set<String> free = new HashSet<>();
        for (int i = 0; i < p.a().size(); i++) {
            if (!p.aInQuote(i)) {
                free.add(p.aKeys().get(i));
            }
        }
        long hit = wb.stream().filter(free::contains).count();
        return (double) hit / wb.size();
    }

    /** Where the counterpart's quote would sit in the copy, following the word diff. */
    private static Span mappedSpan(PairView p, Quote qa) {
        int i = -1;
        int j = -1;
        for (int k = 0; k < p.a().size(); k++) {
            if (qa.inner().contains(p.a().get(k).start())) {
                if (i < 0) i = k;
                j = k + 1;
            }
        }
        int from = mapAtoB(p, i, true);
        int to = mapAtoB(p, j, false);
        if (to <= from) {
            to = Math.min(p.b().size(), from + 1);
        }
        return p.bSpan(from, to);
    }

    private static int mapAtoB(PairView p, int x, boolean start) {
        int offset = 0;
        for (WordDiff.Edit e : p.edits()) {
            if (e.aTo() <= x && !(e.aFrom() == x && start)) {
                offset = e.bTo() - e.aTo();
            } else if (e.aFrom() <= x && x < e.aTo()) {
                return start ? e.bFrom() : e.bTo();
            } else {
                break;
            }
        }
        return Math.max(0, Math.min(p.b().size(), x + offset));
    }

    /** The place of {@code q} itself (not an equal quote) in {@code quotes}, or -1. */
    private static int indexOf(List<Quote> quotes, Quote q) {
        for (int k = 0; k < quotes.size(); k++) {
            if (quotes.get(k) == q) {
                return k;
            }
        }
        return -1;
    }

    /** The keys of one side's words inside the quote. */
    static List<String> words(PairView p, boolean aSide, Quote q) {
        List<WordToken> side = aSide ? p.a() : p.b();
        List<String> keys = aSide ? p.aKeys() : p.bKeys();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < side.size(); i++) {
            if (q.inner().contains(side.get(i).start())) {
                out.add(keys.get(i));
            }
        }
        return out;
    }

    private static String normalize(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
