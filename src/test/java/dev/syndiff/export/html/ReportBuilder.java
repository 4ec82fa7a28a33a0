package dev.syndiff.export.html;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.model.SpanRef;
import dev.syndiff.core.model.WordEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a ComparisonReport by hand for tests: copies as lines "ROLE|text", body lines split
 * into sentences at ". ", and spans looked up by the words they cover.
 */
final class ReportBuilder {
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, SourceSummary> summaries = new LinkedHashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final List<AlignmentRow> rows = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<QuoteEntry> quotes = new ArrayList<>();
    private final List<LoadWarning> warnings = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private String name = "fixture";
    private String path = "fixtures/fixture";

    ReportBuilder bundle(String bundleName, String bundlePath) {
        this.name = bundleName;
        this.path = bundlePath;
        return this;
    }

    ReportBuilder copy(String id, String file, String language, boolean sameStory, boolean mt,
                       List<String> notes, List<String> warns, String... lines) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            Role role = Role.valueOf(line.substring(0, bar));
            String body = line.substring(bar + 1);
            int start = text.length();
            text.append(body);
            segments.add(new Segment(id, role, new Span(start, text.length()), body));
            if (role == Role.BODY) {
                int from = 0;
                while (from < body.length()) {
                    int cut = body.indexOf(". ", from);
                    int end = cut < 0 ? body.length() : cut + 1;
                    Span sp = new Span(start + from, start + end);
                    sentences.add(new Sentence(id + "#" + sentences.size(), id, sentences.size(), sp,
                            body.substring(from, end), role));
                    from = cut < 0 ? body.length() : cut + 2;
                }
            }
            text.append("\n\n");
        }
        Source source = new Source(id, file, text.toString(), "UTF-8", warns);
        sources.put(id, source);
        summaries.put(id, new SourceSummary(id, file, "UTF-8", language, text.length(), sameStory, mt, notes, warns));
        articles.put(id, new Article(source, segments, sentences));
        return this;
    }

    Span span(String id, String words) {
        String text = sources.get(id).text();
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + words + "' in " + id);
        }
        return new Span(at, at + words.length());
    }

    SpanRef ref(String id, String words) {
        return SpanRef.of(sources.get(id), span(id, words));
    }

    /** A row: pairs of source id and sentence index, then each copy's relation to the first. */
    ReportBuilder row(Relation relation, Object... cells) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        Map<String, Relation> rel = new LinkedHashMap<>();
        String counterpart = null;
        for (int i = 0; i < cells.length; i += 3) {
            String id = (String) cells[i];
            map.computeIfAbsent(id, k -> new ArrayList<>()).add(id + "#" + cells[i + 1]);
            rel.put(id, (Relation) cells[i + 2]);
            counterpart = counterpart == null ? id : counterpart;
        }
        rows.add(new AlignmentRow(rows.size(), relation, 0.8, counterpart, map, rel, List.of()));
        return this;
    }

    /** Adds a word edit to the last row. */
    ReportBuilder edit(WordEdit.Type type, String id, String words, String cpId, String cpWords) {
        AlignmentRow last = rows.remove(rows.size() - 1);
        List<WordEdit> edits = new ArrayList<>(last.edits());
        Span here = words.startsWith("@") ? caret(id, words.substring(1)) : span(id, words);
        Span there = cpWords.startsWith("@") ? caret(cpId, cpWords.substring(1)) : span(cpId, cpWords);
        edits.add(new WordEdit(type, id, here, cpId, there));
        rows.add(new AlignmentRow(last.row(), last.relation(), last.similarity(), last.counterpart(),
                last.cells(), last.relations(), edits));
        return this;
    }

    private Span caret(String id, String before) {
        Span s = span(id, before);
        return new Span(s.end(), s.end());
    }

    ReportBuilder finding(FindingKind kind, String id, String words, SpanRef counterpart, String why) {
        Span sp = span(id, words);
        findings.add(new Finding("F" + (findings.size() + 1), kind, id, sp, words, counterpart, 0.875, why));
        return this;
    }

    ReportBuilder quote(String speaker, SpanRef reference, QuoteVariant... variants) {
        quotes.add(new QuoteEntry(speaker, reference, List.of(variants)));
        return this;
    }

    QuoteVariant variant(String id, String words, QuoteStatus status) {
        return words == null ? new QuoteVariant(id, null, null, status)
                : new QuoteVariant(id, span(id, words), words, status);
    }

    ReportBuilder warning(String file, String message) {
        warnings.add(new LoadWarning(file, message));
        return this;
    }

    ReportBuilder notice(String text) {
        notices.add(text);
        return this;
    }

    List<Finding> findings() {
        return findings;
    }

    ComparisonReport build() {
        String reference = sources.keySet().iterator().next();
        return new ComparisonReport(name, path, reference, null, new ArrayList<>(summaries.values()),
                new ArrayList<>(articles.values()), rows, findings, quotes, warnings, notices, true);
    }
}
