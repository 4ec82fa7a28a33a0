package dev.syndiff.export.html;

import static dev.syndiff.core.model.FindingKind.ALTERED_QUOTE;
import static dev.syndiff.core.model.FindingKind.MEANING_CHANGE;
import static dev.syndiff.core.model.FindingKind.MT_ARTIFACT;
import static dev.syndiff.core.model.FindingKind.SPILLOVER;
import static dev.syndiff.core.model.FindingKind.ADDED_CONTENT;
import static dev.syndiff.core.model.FindingKind.OMITTED_CONTENT;
import static dev.syndiff.core.model.FindingKind.FAKE_BYLINE;
import static dev.syndiff.core.model.FindingKind.DIFFERENT_STORY;
import static dev.syndiff.core.model.Relation.IDENTICAL;
import static dev.syndiff.core.model.Relation.MINOR_EDIT;
import static dev.syndiff.core.model.Relation.UNALIGNED;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.core.model.WordEdit;
import java.util.List;

/** A realistic invented bundle: a wire story, a portal copy, a machine translation, another story. */
final class StoryFixture {
    static final String WIRE = "00_wire";
    static final String PORTAL = "01_portal";
    static final String MT = "02_mt";
    static final String OTHER = "03_other";

    private StoryFixture() {
    }

    static ReportBuilder builder() {
        ReportBuilder b = new ReportBuilder().bundle("bridge-closure", "fixtures/bridge-closure");
        b.copy(WIRE, "00_wire.txt", "en", true, false, List.of(), List.of(),
                "HEADLINE|City Council Votes to Close Old Bridge",
                "BYLINE|By Wire Agency staff",
                "BODY|The city council voted on Tuesday to close the Elm Street bridge for repairs. The closure will last 14 months, officials said.",
                "BODY|\"We cannot wait any longer,\" the mayor told reporters. Traffic will be diverted to the ring road.",
                "CHROME|Copyright 2026 Wire Agency. All rights reserved.");
        b.copy(PORTAL, "01_portal.txt", "en", true, false, List.of(), List.of(),
                "CHROME|Home | News | Sport | Weather",
                "HEADLINE|Council closes Elm Street bridge",
                "BYLINE|By John Example",
                "BODY|The city council voted on Tuesday to shut the Elm Street bridge for repairs. The closure will last 18 months, officials said.",
                "AD_ARTIFACT|ADVERTISEMENT - Best loans in town",
                "BODY|\"We can not wait much longer,\" the mayor told reporters. Drivers will use the ring road instead.",
                "COMMENT_CHROME|Comments (2) Log in to comment",
                "COMMENT|reader42: This is a disgrace, the bridge was fine.",
                "COMMENT|citygal: Finally!");
        b.copy(MT, "02_mt.txt", "en", true, true,
                List.of("Reads as a machine translation: doubled words and calques."),
                List.of("Decoded with replacement characters in line 3."),
                "HEADLINE|Council of city votes for close the old bridge",
                "BODY|The city council voted on Tuesday to close the the Elm Street bridge for repairs. The closure will last 14 months, officials said.",
                "BODY|\"We cannot wait longer,\" the mayor told reporters. Local shops fear to lose the customers.");
        b.copy(OTHER, "03_other.txt", "de", false, false,
                List.of("Tells a different story: no fact anchor in common with the reference."), List.of(),
                "HEADLINE|Stadtrat beschliesst neues Schwimmbad",
                "BODY|Der Stadtrat hat am Dienstag ein neues Schwimmbad beschlossen. Die Kosten liegen bei 12 Millionen Euro.");
        b.row(Relation.PARAPHRASE, WIRE, 0, IDENTICAL, PORTAL, 0, MINOR_EDIT, MT, 0, MINOR_EDIT)
                .edit(WordEdit.Type.CHANGE, PORTAL, "shut", WIRE, "close")
                .edit(WordEdit.Type.INSERT, MT, "the the", WIRE, "@to close");
        b.row(MINOR_EDIT, WIRE, 1, IDENTICAL, PORTAL, 1, MINOR_EDIT, MT, 1, IDENTICAL)
                .edit(WordEdit.Type.CHANGE, PORTAL, "18", WIRE, "14");
        b.row(Relation.PARAPHRASE, WIRE, 2, IDENTICAL, PORTAL, 2, Relation.PARAPHRASE, MT, 2, MINOR_EDIT)
                .edit(WordEdit.Type.CHANGE, PORTAL, "can not", WIRE, "cannot")
                .edit(WordEdit.Type.CHANGE, PORTAL, "much", WIRE, "any")
                .edit(WordEdit.Type.DELETE, MT, "@cannot wait", WIRE, "any");
        b.row(Relation.PARAPHRASE, WIRE, 3, IDENTICAL, PORTAL, 3, Relation.PARAPHRASE);
        b.row(UNALIGNED, MT, 3, UNALIGNED);
        b.finding(ALTERED_QUOTE, PORTAL, "\"We can not wait much longer,\"", b.ref(WIRE, "\"We cannot wait any longer,\""),
                "The quote reads 'can not wait much longer' here but 'cannot wait any longer' in the reference.");
        b.finding(ALTERED_QUOTE, MT, "\"We cannot wait longer,\"", b.ref(WIRE, "\"We cannot wait any longer,\""),
                "The word 'any' is missing from the quote.");
        b.finding(MEANING_CHANGE, PORTAL, "18 months", b.ref(WIRE, "14 months"),
                "The closure lasts 18 months here but 14 months in the reference.");
        b.finding(MT_ARTIFACT, MT, "the the", null, "The word 'the' is doubled.");
        b.finding(MT_ARTIFACT, MT, "Council of city votes for close", b.ref(WIRE, "City Council Votes to Close"),
                "A calque: 'Council of city' for 'City Council'.");
        b.finding(FindingKind.PARAPHRASE, PORTAL, "Drivers will use the ring road instead.",
                b.ref(WIRE, "Traffic will be diverted to the ring road."), "The sentence is reworded.");
        b.finding(SPILLOVER, PORTAL, "ADVERTISEMENT - Best loans in town", null, "An ad string spliced into the story.");
        b.finding(SPILLOVER, PORTAL, "reader42: This is a disgrace, the bridge was fine.", null, "A reader's comment.");
        b.finding(ADDED_CONTENT, MT, "Local shops fear to lose the customers.", null,
                "This sentence is not in the reference.");
        b.finding(OMITTED_CONTENT, MT, "wait longer,\" the mayor told reporters.",
                b.ref(WIRE, "Traffic will be diverted to the ring road."),
                "The reference's sentence about traffic is missing here.");
        b.finding(FAKE_BYLINE, PORTAL, "By John Example", b.ref(WIRE, "By Wire Agency staff"),
                "A person is credited where the reference credits only the agency.");
        b.finding(DIFFERENT_STORY, OTHER, "Der Stadtrat hat am Dienstag ein neues Schwimmbad beschlossen.", null,
                "This copy is about a swimming pool, not the bridge.");
        b.quote("the mayor", b.ref(WIRE, "\"We cannot wait any longer,\""),
                b.variant(PORTAL, "\"We can not wait much longer,\"", QuoteStatus.ALTERED),
                b.variant(MT, "\"We cannot wait longer,\"", QuoteStatus.ALTERED),
                b.variant(OTHER, null, QuoteStatus.MISSING));
        b.quote(null, b.ref(WIRE, "officials said"),
                b.variant(PORTAL, "officials said", QuoteStatus.EXACT),
                b.variant(MT, "officials said", QuoteStatus.MINOR));
        b.warning("04_broken.bin", "refused: binary file");
        return b;
    }

    static ComparisonReport report() {
        return builder().build();
    }

    static List<TriageMark> marks(ComparisonReport report) {
        var f = report.findings();
        return List.of(new TriageMark(TriageMark.keyOf(f.get(0)), TriageMark.Verdict.CONFIRMED, "Checked against the wire."),
                new TriageMark(TriageMark.keyOf(f.get(5)), TriageMark.Verdict.DISMISSED, "House style."));
    }
}
