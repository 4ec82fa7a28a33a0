package dev.syndiff.export.html;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.TriageMark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report in the order the page shows it: columns with the reference first, findings
 * numbered by kind, then column, then position. Every id in the page comes from these
 * numbers, never from input text.
 */
final class ReportIndex {
    /** A finding with its number on the page and the fact-checker's mark, if any. */
    record Numbered(int n, Finding finding, TriageMark mark) {
        String marker() {
            return "H" + n;
        }

        String entry() {
            return "L" + n;
        }
    }

    final ComparisonReport report;
    final List<SourceSummary> columns = new ArrayList<>();
    final List<Numbered> findings = new ArrayList<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<String, Article> articles = new HashMap<>();

    ReportIndex(ComparisonReport report, List<TriageMark> marks) {
        this.report = report;
        for (Article a : report.articles()) {
            articles.putIfAbsent(a.id(), a);
        }
        report.sources().stream().filter(s -> s.id().equals(report.reference())).findFirst()
                .ifPresent(columns::add);
        for (SourceSummary s : report.sources()) {
            if (!s.id().equals(report.reference())) {
                columns.add(s);
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            columnOf.putIfAbsent(columns.get(i).id(), i);
        }
        Map<String, TriageMark> byKey = new HashMap<>();
        for (TriageMark m : marks == null ? List.<TriageMark>of() : marks) {
            byKey.put(m.findingKey(), m);
        }
        List<Finding> sorted = new ArrayList<>(report.findings());
        sorted.sort(Comparator.comparingInt((Finding f) -> f.kind().rank())
                .thenComparingInt(f -> column(f.source()))
                .thenComparingInt(f -> f.span().start())
                .thenComparingInt(f -> f.span().end()));
        for (Finding f : sorted) {
            findings.add(new Numbered(findings.size() + 1, f, byKey.get(TriageMark.keyOf(f))));
        }
    }

    /** Column of a source, or a large number for a source the report does not list. */
    int column(String sourceId) {
        return columnOf.getOrDefault(sourceId, Integer.MAX_VALUE);
    }

    boolean hasColumn(String sourceId) {
        return columnOf.containsKey(sourceId);
    }

    Article article(String sourceId) {
        return articles.get(sourceId);
    }

    String fileOf(String sourceId) {
        int c = column(sourceId);
        return c == Integer.MAX_VALUE ? sourceId : columns.get(c).file();
    }

    boolean isReference(String sourceId) {
        return sourceId.equals(report.reference());
    }
}
