package dev.syndiff.core.classify;

import dev.syndiff.core.align.AlignedRow;
import dev.syndiff.core.align.SentenceProfile;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Story the reference does not have: each copy sentence in a row without a reference sentence,
 * and each long clause a copy adds to a sentence it shares with the reference.
 */
public final class AddedContentRule implements FindingRule {
    static final int CLAUSE_WORDS = 5;

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        String ref = ctx.reference();
        String refFile = ctx.fileOf(ref);
        List<AlignedRow> rows = ctx.alignment().rows();
        for (AlignedRow row : rows) {
            if (row.cells().containsKey(ref)) {
                continue;
            }
            for (var e : row.cells().entrySet()) {
                if (!ctx.sameStory(e.getKey())) {
                    continue;
                }
                int others = row.cells().size() - 1;
                for (SentenceProfile p : e.getValue()) {
                    String why = "This sentence is not in the reference (" + refFile + ")"
                            + (others > 0 ? "; " + others + " other cop" + (others == 1 ? "y has" : "ies have") + " it." : "; no other copy has it.");
                    out.add(ctx.finding(FindingKind.ADDED_CONTENT, e.getKey(), p.sentence().span(), null, 0.8, why));
                }
            }
        }
        for (PairView p : ctx.pairs()) {
            if (!p.aSource().equals(ref) || !p.sameLanguage()) {
                continue;
            }
            for (WordDiff.Edit e : p.edits()) {
                int from = addedClauseStart(p, e);
                if (from >= 0) {
                    Span span = p.bSpan(from, e.bTo());
                    out.add(ctx.finding(FindingKind.ADDED_CONTENT, p.bSource(), span, null, 0.6,
                            "The clause \u2018" + ClassifyContext.excerpt(span.of(p.bText()))
                                    + "\u2019 is not in the reference\u2019s sentence."));
                }
            }
        }
        return out;
    }

    /**
     * Where in the edit a clause of new content starts, or -1: a pure insertion of several
     * words, or a replacement much longer than what it replaces, cut at a comma or relative word.
     */
    static int addedClauseStart(PairView p, WordDiff.Edit e) {
        int extra = e.bSize() - e.aSize();
        if (extra < CLAUSE_WORDS || p.bInQuote(e.bFrom()) || p.bInQuote(e.bTo() - 1)) {
            return -1;
        }
        if (e.isInsert()) {
            return startAfterMinor(p, e.bFrom(), e.bTo());
        }
        for (int i = e.bFrom() + 1; i <= e.bTo() - CLAUSE_WORDS; i++) {
            String gap = p.bText().substring(p.b().get(i - 1).end(), p.b().get(i).start());
            if (gap.contains(",") || gap.contains(";") || gap.contains("(") || gap.contains("\u2014")) {
                return i;
            }
        }
        return -1;
    }

    private static int startAfterMinor(PairView p, int from, int to) {
        int i = from;
        while (i < to - CLAUSE_WORDS && MinorEdits.isMinorWord(p.b().get(i).norm())) {
            i++;
        }
        return i;
    }
}
