package dev.syndiff.core.classify;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Outside quotes, in an aligned sentence: a changed number, a negation added or dropped, a
 * changed day or month, or a swap that changes the claim ("rejected" for "accepted").
 */
public final class MeaningChangeRule implements FindingRule {
    private static final Set<String> NEGATIONS = Set.copyOf(Lexicon.lines("negations.txt"));

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (PairView p : ctx.pairs()) {
            if (!p.sameLanguage()) {
                continue;
            }
            for (WordDiff.Edit e : p.edits()) {
                if (quoted(p, e)) {
                    continue;
                }
                String why = why(p, e);
                if (why != null) {
                    Span span = e.isDelete() ? p.bSpan(Math.max(0, e.bFrom() - 1), Math.min(p.b().size(), e.bFrom() + 1))
                            : p.bSpan(e.bFrom(), e.bTo());
                    out.add(ctx.finding(FindingKind.MEANING_CHANGE, p.bSource(), span,
                            ctx.ref(p.aSource(), p.aSpan(e.aFrom(), Math.max(e.aTo(), Math.min(p.a().size(), e.aFrom() + 1)))),
                            0.8, why + " (" + ctx.fileOf(p.aSource()) + ")."));
                }
            }
        }
        return out;
    }

    static String why(PairView p, WordDiff.Edit e) {
        List<String> a = norms(p.a().subList(e.aFrom(), e.aTo()));
        List<String> b = norms(p.b().subList(e.bFrom(), e.bTo()));
        Set<String> na = numbers(p.a().subList(e.aFrom(), e.aTo()));
        Set<String> nb = numbers(p.b().subList(e.bFrom(), e.bTo()));
        if (!na.isEmpty() && !nb.isEmpty() && !na.equals(nb)) {
            return "The number reads " + String.join(", ", nb) + " here but " + String.join(", ", na) + " in the counterpart";
        }
        long negA = a.stream().filter(NEGATIONS::contains).count();
        long negB = b.stream().filter(NEGATIONS::contains).count();
        if (negA != negB && negations(p.a(), p, true) != negations(p.b(), p, false)) {
            return negB > negA ? "A negation (\u2018" + String.join(" ", b) + "\u2019) is added, reversing the claim"
                    : "The negation (\u2018" + String.join(" ", a) + "\u2019) is dropped, reversing the claim";
        }
        boolean beforeNumber = e.aTo() < p.a().size() && p.a().get(e.aTo()).isNumber()
                || e.bTo() < p.b().size() && p.b().get(e.bTo()).isNumber();
        String shift = MeaningShifts.swap(a, b, beforeNumber);
        if (shift != null) {
            return "The wording changes the claim: " + shift;
        }
        return null;
    }

    private static boolean quoted(PairView p, WordDiff.Edit e) {
        for (int i = e.aFrom(); i < e.aTo(); i++) {
            if (p.aInQuote(i)) return true;
        }
        for (int i = e.bFrom(); i < e.bTo(); i++) {
            if (p.bInQuote(i)) return true;
        }
        return false;
    }

    private static long negations(List<WordToken> words, PairView p, boolean aSide) {
        long n = 0;
        for (int i = 0; i < words.size(); i++) {
            boolean q = aSide ? p.aInQuote(i) : p.bInQuote(i);
            if (!q && NEGATIONS.contains(words.get(i).norm())) {
                n++;
            }
        }
        return n;
    }

    private static List<String> norms(List<WordToken> ts) {
        return ts.stream().map(WordToken::norm).toList();
    }

    private static Set<String> numbers(List<WordToken> ts) {
        Set<String> out = new LinkedHashSet<>();
        ts.stream().filter(WordToken::isNumber).forEach(t -> out.add(t.text()));
        return out;
    }
}
