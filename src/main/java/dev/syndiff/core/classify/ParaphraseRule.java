package dev.syndiff.core.classify;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Same meaning, other wording, outside quotes: one finding per reworded phrase of an aligned
 * sentence, or one for the whole sentence when it is reworded throughout.
 */
public final class ParaphraseRule implements FindingRule {
    private static final int GAP = 3;
    private static final int MAX_PHRASES = 3;

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (PairView p : ctx.pairs()) {
            if (!p.sameLanguage()) {
                continue;
            }
            List<List<WordDiff.Edit>> phrases = phrases(p);
            String cFile = ctx.fileOf(p.aSource());
            if (phrases.size() > MAX_PHRASES) {
                Span whole = p.bSpan(0, p.b().size());
                out.add(ctx.finding(FindingKind.PARAPHRASE, p.bSource(), whole, ctx.ref(p.aSource(), p.aSpan(0, p.a().size())),
                        0.6, "The sentence is reworded throughout (" + phrases.size() + " phrases differ from " + cFile + ")."));
                continue;
            }
            for (List<WordDiff.Edit> ph : phrases) {
                WordDiff.Edit first = ph.get(0);
                WordDiff.Edit last = ph.get(ph.size() - 1);
                Span b = p.bSpan(first.bFrom(), last.bTo());
                Span a = p.aSpan(first.aFrom(), last.aTo());
                String aw = first.aFrom() < last.aTo() ? a.of(p.aText()) : "";
                String bw = first.bFrom() < last.bTo() ? b.of(p.bText()) : "";
                String why = aw.isEmpty() ? "\u2018" + ClassifyContext.excerpt(bw) + "\u2019 is added in rewording " + cFile + "."
                        : bw.isEmpty() ? "\u2018" + ClassifyContext.excerpt(aw) + "\u2019 of " + cFile + " is left out in rewording."
                        : "\u2018" + ClassifyContext.excerpt(aw) + "\u2019 (" + cFile + ") is reworded as \u2018" + ClassifyContext.excerpt(bw) + "\u2019.";
                out.add(ctx.finding(FindingKind.PARAPHRASE, p.bSource(), b, ctx.ref(p.aSource(), a), 0.5, why));
            }
        }
        return out;
    }

    /** Edits outside quotes grouped into phrases; phrases made only of minor edits are dropped. */
    static List<List<WordDiff.Edit>> phrases(PairView p) {
        List<List<WordDiff.Edit>> out = new ArrayList<>();
        List<WordDiff.Edit> cur = new ArrayList<>();
        for (WordDiff.Edit e : p.edits()) {
            if (inQuote(p, e) || MeaningChangeRule.why(p, e) != null || AddedContentRule.addedClauseStart(p, e) >= 0) {
                flush(p, cur, out);
                continue;
            }
            if (!cur.isEmpty() && e.aFrom() - cur.get(cur.size() - 1).aTo() > GAP) {
                flush(p, cur, out);
            }
            cur.add(e);
        }
        flush(p, cur, out);
        return out;
    }

    private static void flush(PairView p, List<WordDiff.Edit> cur, List<List<WordDiff.Edit>> out) {
        if (!cur.isEmpty() && cur.stream().anyMatch(e -> !MinorEdits.isMinor(p, e))) {
            out.add(List.copyOf(cur));
        }
        cur.clear();
    }

    private static boolean inQuote(PairView p, WordDiff.Edit e) {
        int inside = 0;
        int total = 0;
        for (int i = e.bFrom(); i < e.bTo(); i++, total++) {
            if (p.bInQuote(i)) inside++;
        }
        for (int i = e.aFrom(); i < e.aTo(); i++, total++) {
            if (p.aInQuote(i)) inside++;
        }
        return total > 0 && inside * 2 >= total;
    }
}
