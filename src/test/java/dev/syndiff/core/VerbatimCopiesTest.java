package dev.syndiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbatim republications share the run's memos (sentences, paragraphs, columns, guesses): they
 * come out identical on every row with no finding, and a copy that changes one sentence among
 * verbatim ones still gets its finding, the same as when it is compared alone with the wire.
 */
class VerbatimCopiesTest {
    private static final String WIRE = """
            Port workers extend strike as talks stall

            By Staff Reporter

            Dock workers at the northern container port extended their strike on Tuesday after a third round of talks with the operators ended without agreement.

            The union said the walkout would continue until the operators improved their pay offer for night shifts.

            "We will not back down until the night shifts are paid fairly," the union's regional secretary said outside the terminal gates.

            The operators said they regretted the decision and that their offer remained open for discussion this week.

            Shipping lines have diverted several vessels to other ports along the coast, adding costs for importers.

            Freight forwarders warned that shortages of some goods could appear in shops within two weeks.
            """;

    private static String changed() {
        return WIRE.replace("We will not back down until", "We will never give in until");
    }

    private static List<Finding> findings(ComparisonReport r, String source) {
        return r.findings().stream().filter(f -> f.source().equals(source)).toList();
    }

    private static void assertIdenticalEverywhere(ComparisonReport r, String source) {
        assertThat(r.alignment()).filteredOn(row -> row.relations().containsKey(source)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.relations().get(source)).isEqualTo(Relation.IDENTICAL));
    }

    @Test
    void verbatimCopiesAreIdenticalAndTheChangedSentenceKeepsItsFinding() {
        ComparisonReport r = Stories.bundle().copy("wire", WIRE).copy("again_1", WIRE).copy("changed", changed())
                .copy("again_2", WIRE).compare("wire");
        for (String id : List.of("again_1", "again_2")) {
            assertThat(findings(r, id)).isEmpty();
            assertIdenticalEverywhere(r, id);
        }
        List<Finding> altered = Stories.of(r, FindingKind.ALTERED_QUOTE, "changed");
        assertThat(altered).singleElement().satisfies(f -> assertThat(f.text()).contains("never give in"));
        assertThat(r.alignment()).filteredOn(row -> row.relations().containsKey("changed"))
                .filteredOn(row -> row.relations().get("changed") != Relation.IDENTICAL).hasSize(1);

        ComparisonReport alone = Stories.bundle().copy("wire", WIRE).copy("changed", changed()).compare("wire");
        assertThat(shape(findings(r, "changed"))).isEqualTo(shape(findings(alone, "changed")));
    }

    private static List<String> shape(List<Finding> fs) {
        return fs.stream().map(f -> f.kind() + " " + f.span() + " " + f.text() + " " + f.explanation()).toList();
    }
}
