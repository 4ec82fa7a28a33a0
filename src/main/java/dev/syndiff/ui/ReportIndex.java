package dev.syndiff.ui;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lookups over one report that the panes need often; built once, off the FX thread. */
public final class ReportIndex {
    /** The stretch of one copy that an alignment row covers (its sentences joined). */
    public record RowBlock(AlignmentRow row, Span span) { }

    private final ComparisonReport report;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, SourceSummary> summaries = new LinkedHashMap<>();
    private final Map<String, Sentence> sentences = new HashMap<>();
    private final Map<String, List<RowBlock>> blocks = new HashMap<>();
    private final Map<String, List<Finding>> findings = new HashMap<>();

    public ReportIndex(ComparisonReport report) {
        this.report = report;
        report.articles().forEach(a -> articles.put(a.id(), a));
        report.sources().forEach(s -> summaries.put(s.id(), s));
        report.articles().forEach(a -> a.sentences().forEach(s -> sentences.put(s.id(), s)));
        for (AlignmentRow row : report.alignment()) {
            row.cells().forEach((source, ids) -> {
                Span span = blockOf(ids);
                if (span != null) {
                    blocks.computeIfAbsent(source, k -> new ArrayList<>()).add(new RowBlock(row, span));
                }
            });
        }
        blocks.values().forEach(l -> l.sort(Comparator.comparing(RowBlock::span)));
        for (Finding f : report.findings()) {
            findings.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
        }
        findings.values().forEach(l -> l.sort(Comparator.comparing(Finding::span)));
    }

    private Span blockOf(List<String> ids) {
        Span out = null;
        for (String id : ids) {
            Sentence s = sentences.get(id);
            if (s != null) {
                out = out == null ? s.span() : out.union(s.span());
            }
        }
        return out;
    }

    public ComparisonReport report() {
        return report;
    }

    public List<String> sourceIds() {
        return List.copyOf(articles.keySet());
    }

    public Article article(String source) {
        return articles.get(source);
    }

    public SourceSummary summary(String source) {
        return summaries.get(source);
    }

    public Sentence sentence(String id) {
        return sentences.get(id);
    }

    public List<RowBlock> blocks(String source) {
        return blocks.getOrDefault(source, List.of());
    }

    public List<Finding> findings(String source) {
        return findings.getOrDefault(source, List.of());
    }

    /** The row block of {@code row} in {@code source}, or null where the copy has no sentence there. */
    public Span blockSpan(AlignmentRow row, String source) {
        List<String> ids = row.cells().get(source);
        return ids == null ? null : blockOf(ids);
    }

    /** The block containing {@code offset}, else the first one after it, else null. */
    public RowBlock blockAtOrAfter(String source, int offset) {
        List<RowBlock> list = blocks(source);
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < list.size() ? list.get(lo) : null;
    }

    /** Row number of the last block starting at or before {@code offset}; -1 when none. */
    public int rowBefore(String source, int offset) {
        int best = -1;
        for (RowBlock b : blocks(source)) {
            if (b.span().start() > offset) {
                break;
            }
            best = b.row().row();
        }
        return best;
    }

    public String fileName(String source) {
        SourceSummary s = summaries.get(source);
        return s == null ? source : s.file();
    }
}
