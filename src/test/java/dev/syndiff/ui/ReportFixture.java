package dev.syndiff.ui;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-made report of an invented story: four copies, rows, word edits, findings, quotes. */
public final class ReportFixture {
    public static final String REF = "000_wire";
    public static final String DAILY = "001_daily";
    public static final String MT = "002_mt";
    public static final String OTHER = "003_other";

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private final String bundlePath;
    private final int filler;

    private ReportFixture(String bundlePath, int filler) {
        this.bundlePath = bundlePath;
        this.filler = filler;
    }

    public static ComparisonReport report() {
        return new ReportFixture("/tmp/fixture-bundle", 0).build();
    }

    /** With {@code filler} identical paragraphs before the story's changes, so panes must scroll. */
    public static ComparisonReport report(String bundlePath, int filler) {
        return new ReportFixture(bundlePath, filler).build();
    }

    private ComparisonReport build() {
        copy(REF, new String[][] {
            {"HEADLINE", "Leaders Hold Talks on Harbour Dispute"},
            {"BYLINE", "By Wire Staff"},
            {"BODY", "GENEVA, March 3 (Wire) - The two leaders held crunch talks on Friday over the harbour dispute."},
            {"BODY", "The minister said the talks were \"a first step towards a lasting settlement\" and urged calm."},
            {"BODY", "Officials said around 300 workers joined the strike."},
            {"BODY", "Negotiators will meet again next week in Geneva."},
            {"BODY", "\"We will not accept any deal that hurts our workers,\" the union leader told reporters."},
            {"CHROME", "\u00A9 2022 Wire. All rights reserved."}});
        copy(DAILY, new String[][] {
            {"CHROME", "Home | World | Business | Sport"},
            {"HEADLINE", "Leaders Hold Talks on Harbour Dispute"},
            {"BYLINE", "By Jane Doe"},
            {"BODY", "GENEVA, March 3 (Wire) - The two leaders held crunch talks on Monday over the harbour dispute."},
            {"BODY", "The minister said the talks were \"a first step towards a final settlement\" and urged calm."},
            {"BODY", "Officials said more than 300 workers joined the strike."},
            {"AD_ARTIFACT", "SHOP NOW: 50% off garden furniture"},
            {"BODY", "Negotiators will meet again next week in Geneva."},
            {"BODY", "\"We will not accept any deal that hurts our workers,\" the union leader told reporters."},
            {"COMMENT_CHROME", "Comments (2)"},
            {"COMMENT_CHROME", "Log in to comment"},
            {"COMMENT", "reader42: This is a disgrace."},
            {"COMMENT_CHROME", "Reply"}});
        copy(MT, new String[][] {
            {"HEADLINE", "Leaders Hold Talks About Harbour Dispute"},
            {"BODY", "GENEVA, March 3 (Wire) - The two leaders have held the crunch talks on Friday over the harbour dispute."},
            {"BODY", "The minister told that the talks were \"a first step to the lasting settlement\" and called for calm."},
            {"BODY", "Officials said around 300 workers joined the strike."},
            {"BODY", "\"We will not accept any deal that hurts our workers,\" the union leader told reporters."}});
        copy(OTHER, new String[][] {
            {"HEADLINE", "City Council Approves New Budget"},
            {"BODY", "The city council approved a new budget on Tuesday after a long debate."}});

        List<AlignmentRow> rows = new ArrayList<>();
        for (int i = 0; i < filler; i++) {
            Map<String, List<String>> c = new HashMap<>();
            for (String s : List.of(REF, DAILY, MT)) {
                c.put(s, List.of(s + "#" + i));
            }
            rows.add(new AlignmentRow(rows.size(), Relation.IDENTICAL, 1.0, REF, c,
                    Map.of(DAILY, Relation.IDENTICAL, MT, Relation.IDENTICAL), List.of()));
        }
        rows.addAll(List.of(
            row(0, Map.of(REF, 2, DAILY, 3, MT, 1), Map.of(DAILY, Relation.MINOR_EDIT, MT, Relation.TRANSLATION_DRIFT),
                edit(DAILY, 3, "Monday", 2, "Friday"), edit(MT, 1, "have held the", 2, "held")),
            row(1, Map.of(REF, 3, DAILY, 4, MT, 2), Map.of(DAILY, Relation.MINOR_EDIT, MT, Relation.PARAPHRASE),
                edit(DAILY, 4, "final", 3, "lasting"), edit(MT, 2, "told that", 3, "said"),
                edit(MT, 2, "to the", 3, "towards a"), edit(MT, 2, "called for", 3, "urged")),
            row(2, Map.of(REF, 4, DAILY, 5, MT, 3), Map.of(DAILY, Relation.MINOR_EDIT, MT, Relation.IDENTICAL),
                edit(DAILY, 5, "more than", 4, "around")),
            row(3, Map.of(REF, 5, DAILY, 7), Map.of(DAILY, Relation.IDENTICAL)),
            row(4, Map.of(REF, 6, DAILY, 8, MT, 4), Map.of(DAILY, Relation.IDENTICAL, MT, Relation.IDENTICAL)),
            row(5, Map.of(OTHER, 1), Map.of(OTHER, Relation.UNALIGNED))));

        finding(FindingKind.ALTERED_QUOTE, DAILY, 4, "a first step towards a final settlement", 3, "a first step towards a lasting settlement",
                "The minister's quote reads 'a final settlement' here but 'a lasting settlement' in the reference.");
        finding(FindingKind.ALTERED_QUOTE, MT, 2, "a first step to the lasting settlement", 3, "a first step towards a lasting settlement",
                "The minister's quote reads 'a first step to the' here but 'a first step towards a' in the reference.");
        finding(FindingKind.MEANING_CHANGE, DAILY, 3, "Monday", 2, "Friday", "The day of the talks is Monday here but Friday in the reference.");
        finding(FindingKind.MEANING_CHANGE, DAILY, 5, "more than 300", 4, "around 300", "'more than 300' claims more than the reference's 'around 300'.");
        finding(FindingKind.MT_ARTIFACT, MT, 1, "have held the crunch talks", 2, "held crunch talks", "A present perfect and an added article read as machine translation.");
        finding(FindingKind.PARAPHRASE, MT, 2, "told that the talks", 3, "said the talks", "Reworded: 'told that' for 'said'.");
        finding(FindingKind.SPILLOVER, DAILY, 6, "SHOP NOW: 50% off garden furniture", -1, null, "An advertisement spliced into the story.");
        finding(FindingKind.SPILLOVER, DAILY, 11, "reader42: This is a disgrace.", -1, null, "A reader's comment, not part of the story.");
        finding(FindingKind.FAKE_BYLINE, DAILY, 2, "By Jane Doe", 1, "By Wire Staff", "A person is credited where the reference credits the agency staff.");
        finding(FindingKind.OMITTED_CONTENT, MT, 3, "the strike.", 5, "Negotiators will meet again next week in Geneva.",
                "The reference sentence about the next meeting is missing here.");
        finding(FindingKind.DIFFERENT_STORY, OTHER, 0, "City Council Approves New Budget", -1, null, "This copy tells another story: no sentence aligns with the reference.");

        List<QuoteEntry> quotes = List.of(
            new QuoteEntry("the minister", ref(REF, 3, "a first step towards a lasting settlement"), List.of(
                variant(DAILY, 4, "a first step towards a final settlement", QuoteStatus.ALTERED),
                variant(MT, 2, "a first step to the lasting settlement", QuoteStatus.ALTERED),
                new QuoteVariant(OTHER, null, null, QuoteStatus.MISSING))),
            new QuoteEntry("the union leader", ref(REF, 6, "We will not accept any deal that hurts our workers,"), List.of(
                variant(DAILY, 8, "We will not accept any deal that hurts our workers,", QuoteStatus.EXACT),
                variant(MT, 4, "We will not accept any deal that hurts our workers,", QuoteStatus.EXACT),
                new QuoteVariant(OTHER, null, null, QuoteStatus.MISSING))));

        List<SourceSummary> summaries = new ArrayList<>();
        for (Source s : sources.values()) {
            boolean mt = s.id().equals(MT);
            summaries.add(new SourceSummary(s.id(), s.file(), s.encoding(), "en", s.text().length(),
                    !s.id().equals(OTHER), mt, mt ? List.of("Reads as machine translation: 3 artifacts per 100 words.") : List.of(),
                    s.warnings()));
        }
        return new ComparisonReport("fixture-bundle", bundlePath, REF, null, summaries,
                List.copyOf(articles.values()), rows, findings, quotes,
                List.of(new LoadWarning("photo.jpg", "refused: a binary file, not text")), List.of(), true);
    }

    private void copy(String id, String[][] given) {
        String[][] lines = given;
        if (filler > 0 && !id.equals(OTHER)) {
            lines = new String[given.length + filler][];
            for (int i = 0; i < filler; i++) {
                lines[i] = new String[] {"BODY", "Background paragraph " + i + " repeats what every copy says, word for word, to fill the page."};
            }
            System.arraycopy(given, 0, lines, filler, given.length);
        }
        StringBuilder text = new StringBuilder();
        List<Segment> segs = new ArrayList<>();
        List<Sentence> sents = new ArrayList<>();
        for (String[] line : lines) {
            Span span = new Span(text.length(), text.length() + line[1].length());
            Role role = Role.valueOf(line[0]);
            segs.add(new Segment(id, role, span, line[1]));
            sents.add(new Sentence(id + "#" + sents.size(), id, sents.size(), span, line[1], role));
            text.append(line[1]).append("\n\n");
        }
        boolean mt = id.equals(MT);
        Source source = new Source(id, id + ".txt", text.toString(), mt ? "windows-1252" : "UTF-8",
                mt ? List.of("Decoded as windows-1252: the bytes are not valid UTF-8.") : List.of());
        sources.put(id, source);
        articles.put(id, new Article(source, segs, sents));
    }

    private int shift(String source) {
        return source.equals(OTHER) ? 0 : filler;
    }

    private Span find(String source, int sentence, String words) {
        Sentence s = articles.get(source).sentences().get(sentence + shift(source));
        int at = s.text().indexOf(words);
        if (at < 0) {
            throw new IllegalStateException("'" + words + "' not in " + s.id());
        }
        return new Span(s.start() + at, s.start() + at + words.length());
    }

    private WordEdit edit(String source, int sentence, String words, int refSentence, String refWords) {
        return new WordEdit(WordEdit.Type.CHANGE, source, find(source, sentence, words), REF, find(REF, refSentence, refWords));
    }

    private AlignmentRow row(int k, Map<String, Integer> cells, Map<String, Relation> relations, WordEdit... edits) {
        Map<String, List<String>> c = new HashMap<>();
        cells.forEach((s, i) -> c.put(s, List.of(s + "#" + (i + shift(s)))));
        Relation max = relations.values().stream().reduce(Relation.IDENTICAL, Relation::max);
        return new AlignmentRow(k + filler, max, 0.8, REF, c, relations, List.of(edits));
    }

    private SpanRef ref(String source, int sentence, String words) {
        return SpanRef.of(sources.get(source), find(source, sentence, words));
    }

    private QuoteVariant variant(String source, int sentence, String words, QuoteStatus status) {
        return new QuoteVariant(source, find(source, sentence, words), words, status);
    }

    private void finding(FindingKind kind, String source, int sentence, String words, int refSentence, String refWords, String why) {
        SpanRef cp = refWords == null ? null : ref(REF, refSentence, refWords);
        findings.add(new Finding("F" + (findings.size() + 1), kind, source, find(source, sentence, words), words, cp, 0.9, why));
    }
}
