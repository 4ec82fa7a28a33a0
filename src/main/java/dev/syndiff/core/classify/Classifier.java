package dev.syndiff.core.classify;

import dev.syndiff.core.align.AlignedRow;
import dev.syndiff.core.align.Alignment;
import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.model.WordEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every finding rule over the aligned bundle and builds the report's rows and flags. */
public final class Classifier {
    /** MT artifacts per 100 words above which a copy reads as machine translation. */
    static final double MT_RATE = 0.8;

    public record Result(List<AlignmentRow> rows, List<Finding> findings, List<QuoteEntry> quotes,
                         Map<String, Boolean> machineTranslated, Map<String, List<String>> notes) {
    }

    /** Loads the ICU data the rules need (transliteration, calendar names) ahead of time. */
    public static void warmUp() {
        Names.similar("Warm", "Wurm");
        DifferentStoryRule.calendarNames("en");
    }

    public Result classify(List<Article> articles, Alignment alignment, Map<String, String> languages,
                           List<FindingRule> extraRules) {
        ClassifyContext ctx = new ClassifyContext(articles, alignment, languages);
        QuoteLedger ledger = new QuoteLedger();
        List<FindingRule> rules = new ArrayList<>(List.of(new SpilloverRule(), new FakeBylineRule(),
                new DifferentStoryRule(), new AddedContentRule(), new OmittedContentRule(), new AlteredQuoteRule(ledger),
                new MeaningChangeRule(), new TranslatedFactsRule(), new ParaphraseRule(), new MtArtifactRule()));
        rules.addAll(extraRules);
        List<Finding> findings = new ArrayList<>();
        for (FindingRule rule : rules) {
            findings.addAll(rule.apply(ctx));
        }
        findings = dedupe(findings);
        Map<String, Boolean> mt = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        flagMachineTranslation(ctx, findings, mt, notes);
        return new Result(rows(ctx, mt), number(findings, articles), ledger.entries(ctx), mt, notes);
    }

    /** Two findings of one kind on overlapping text of one copy are one finding. */
    private static List<Finding> dedupe(List<Finding> in) {
        Map<String, List<Finding>> kept = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : in) {
            List<Finding> same = kept.computeIfAbsent(f.source() + "|" + f.kind(), k -> new ArrayList<>());
            boolean dup = f.kind() != FindingKind.SPILLOVER && same.stream().anyMatch(o -> o.span().overlaps(f.span()));
            if (!dup) {
                same.add(f);
                out.add(f);
            }
        }
        return out;
    }

    private static List<Finding> number(List<Finding> findings, List<Article> articles) {
        Map<String, Integer> order = new HashMap<>();
        for (Article a : articles) {
            order.put(a.id(), order.size());
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((Finding f) -> order.get(f.source())).thenComparingInt(f -> f.span().start())
                .thenComparingInt(f -> f.kind().rank()).thenComparingInt(f -> f.span().end()));
        List<Finding> out = new ArrayList<>();
        for (Finding f : sorted) {
            out.add(f.withId("F" + (out.size() + 1)));
        }
        return out;
    }

    private static void flagMachineTranslation(ClassifyContext ctx, List<Finding> findings, Map<String, Boolean> mt,
                                               Map<String, List<String>> notes) {
        Map<String, Long> artifactsOf = new HashMap<>();
        Map<String, Finding> differentStory = new HashMap<>();
        for (Finding f : findings) {
            if (f.kind() == FindingKind.MT_ARTIFACT) {
                artifactsOf.merge(f.source(), 1L, Long::sum);
            } else if (f.kind() == FindingKind.DIFFERENT_STORY) {
                differentStory.putIfAbsent(f.source(), f);
            }
        }
        for (Article a : ctx.articles()) {
            int words = 0;
            for (var p : ctx.alignment().profiles().get(a.id())) {
                words += p.words().size();
            }
            long artifacts = artifactsOf.getOrDefault(a.id(), 0L);
            double rate = words == 0 ? 0 : 100.0 * artifacts / words;
            boolean flagged = artifacts >= 3 && rate >= MT_RATE;
            mt.put(a.id(), flagged);
            List<String> n = new ArrayList<>();
            if (flagged) {
                n.add(String.format(java.util.Locale.ROOT,
                        "Reads as machine translation: %d artifacts (doubled words, calques, transliterated names, broken grammar) in %d words, %.1f per 100 words; the reference has none by definition.",
                        artifacts, words, rate));
            }
            if (differentStory.containsKey(a.id())) {
                n.add(differentStory.get(a.id()).explanation());
            }
            notes.put(a.id(), n);
        }
    }

    private static List<AlignmentRow> rows(ClassifyContext ctx, Map<String, Boolean> mt) {
        List<AlignedRow> rows = ctx.alignment().rows();
        List<Map<String, PairView>> pairOf = new ArrayList<>(rows.size()); // by row, then copy
        for (int r = 0; r < rows.size(); r++) {
            pairOf.add(new HashMap<>());
        }
        for (PairView p : ctx.pairs()) {
            pairOf.get(p.row()).put(p.bSource(), p);
        }
        List<AlignmentRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            AlignedRow row = rows.get(r);
            Map<String, List<String>> cells = new LinkedHashMap<>();
            row.cells().forEach((k, v) -> cells.put(k, v.stream().map(p -> p.sentence().id()).toList()));
            Map<String, Relation> relations = new LinkedHashMap<>();
            List<WordEdit> edits = new ArrayList<>();
            Relation worst = row.cells().size() > 1 ? Relation.IDENTICAL : Relation.UNALIGNED;
            double sim = row.cells().size() > 1 ? 0 : 1;
            int n = 0;
            for (String s : row.cells().keySet()) {
                if (s.equals(row.counterpart())) {
                    continue;
                }
                PairView p = pairOf.get(r).get(s);
                Relation rel = p == null ? Relation.PARAPHRASE : relation(p, mt.getOrDefault(s, false));
                relations.put(s, rel);
                worst = worst.max(rel);
                if (p != null) {
                    sim += p.sameLanguage() ? p.overlap() : 0.5;
                    n++;
                    edits.addAll(edits(p));
                }
            }
            out.add(new AlignmentRow(r, worst, n == 0 ? sim : sim / n, row.counterpart(), cells, relations, edits));
        }
        return out;
    }

    private static Relation relation(PairView p, boolean machineTranslated) {
        if (!p.sameLanguage()) {
            return Relation.TRANSLATION_DRIFT;
        }
        if (p.edits().isEmpty()) {
            return Relation.IDENTICAL;
        }
        if (machineTranslated) {
            return Relation.TRANSLATION_DRIFT;
        }
        boolean minor = p.edits().stream().allMatch(e -> MinorEdits.isMinor(p, e) || e.aSize() <= 1 && e.bSize() <= 1);
        return minor ? Relation.MINOR_EDIT : Relation.PARAPHRASE;
    }

    private static List<WordEdit> edits(PairView p) {
        List<WordEdit> out = new ArrayList<>();
        for (WordDiff.Edit e : p.edits()) {
            WordEdit.Type type = e.isInsert() ? WordEdit.Type.INSERT : e.isDelete() ? WordEdit.Type.DELETE : WordEdit.Type.CHANGE;
            Span b = e.isInsert() || !e.isDelete() ? p.bSpan(e.bFrom(), e.bTo()) : point(p, e.bFrom());
            Span a = e.isDelete() || !e.isInsert() ? p.aSpan(e.aFrom(), e.aTo()) : pointA(p, e.aFrom());
            out.add(new WordEdit(type, p.bSource(), b, p.aSource(), a));
        }
        return out;
    }

    private static Span point(PairView p, int i) {
        int at = i < p.b().size() ? p.b().get(i).start() : p.b().isEmpty() ? p.bCell().get(0).sentence().end() : p.b().get(p.b().size() - 1).end();
        return new Span(at, at);
    }

    private static Span pointA(PairView p, int i) {
        int at = i < p.a().size() ? p.a().get(i).start() : p.a().isEmpty() ? p.aCell().get(0).sentence().end() : p.a().get(p.a().size() - 1).end();
        return new Span(at, at);
    }
}
