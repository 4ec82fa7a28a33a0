package dev.syndiff.core.classify;

import dev.syndiff.core.align.AlignedRow;
import dev.syndiff.core.align.SentenceProfile;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each run of reference sentences a copy lacks, reported once in the copy at the place of the
 * gap: on the end of the copy sentence before it and the start of the one after it.
 */
public final class OmittedContentRule implements FindingRule {
    private static final int EDGE = 40;

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        String ref = ctx.reference();
        List<SentenceProfile> refBody = ctx.alignment().profiles().get(ref);
        Map<Integer, AlignedRow> rowOfRef = new HashMap<>();
        for (AlignedRow row : ctx.alignment().rows()) {
            for (SentenceProfile p : row.cell(ref)) {
                rowOfRef.put(p.sentence().index(), row);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Article a : ctx.articles()) {
            String id = a.id();
            if (id.equals(ref) || !ctx.sameStory(id)) {
                continue;
            }
            List<SentenceProfile> copy = ctx.alignment().profiles().get(id);
            if (copy.isEmpty()) {
                continue;
            }
            int k = 0;
            while (k < refBody.size()) {
                if (!rowOfRef.get(refBody.get(k).sentence().index()).cells().containsKey(id)) {
                    int end = k;
                    while (end < refBody.size() && !rowOfRef.get(refBody.get(end).sentence().index()).cells().containsKey(id)) {
                        end++;
                    }
                    out.add(gap(ctx, id, copy, refBody, rowOfRef, k, end));
                    k = end;
                } else {
                    k++;
                }
            }
        }
        return out;
    }

    private static Finding gap(ClassifyContext ctx, String id, List<SentenceProfile> copy, List<SentenceProfile> refBody,
                               Map<Integer, AlignedRow> rowOfRef, int from, int to) {
        int before;
        int after;
        if (to < refBody.size()) {
            int next = copy.indexOf(rowOfRef.get(refBody.get(to).sentence().index()).cell(id).get(0));
            before = next - 1;
            after = next;
        } else if (from == 0) {
            // the copy shares no sentence with the reference: the gap is the whole story
            before = -1;
            after = 0;
        } else {
            List<SentenceProfile> prevCell = rowOfRef.get(refBody.get(from - 1).sentence().index()).cell(id);
            before = copy.indexOf(prevCell.get(prevCell.size() - 1));
            after = before + 1 < copy.size() ? before + 1 : -1;
        }
        String text = ctx.text(id);
        int start = before >= 0 ? Math.max(copy.get(before).sentence().start(), copy.get(before).sentence().end() - EDGE)
                : copy.get(after).sentence().start();
        int end = after >= 0 && after < copy.size()
                ? Math.min(copy.get(after).sentence().end(), copy.get(after).sentence().start() + EDGE)
                : copy.get(before).sentence().end();
        start = wordStart(text, start);
        end = wordEnd(text, end);
        Span missing = new Span(refBody.get(from).sentence().start(), refBody.get(to - 1).sentence().end());
        int n = to - from;
        String first = ClassifyContext.excerpt(refBody.get(from).sentence().text());
        String why = (n == 1 ? "A sentence of the reference is missing here: \u2018" + first + "\u2019."
                : n + " sentences of the reference are missing here, from \u2018" + first + "\u2019.");
        return ctx.finding(FindingKind.OMITTED_CONTENT, id, new Span(start, end), ctx.ref(ctx.reference(), missing), 0.75, why);
    }

    private static int wordStart(String t, int i) {
        while (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String t, int i) {
        while (i < t.length() && i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
