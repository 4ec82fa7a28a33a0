package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class BylineRuleTest {
    @Test
    void byLinesInSeveralLanguages() {
        for (String line : new String[] {"By Ilse Marrow and Tom Keel", "Von Anna-Lena Brix", "Par Claire Dubois",
                "By Valley Press Agency", "Por Mar\u00EDa de la Vega | Madrid"}) {
            String page = "Harvest starts two weeks early in the valley\n\n" + line + "\n\n" + BODY;
            assertThat(roleOf(page, line)).as(line).isEqualTo(Role.BYLINE);
        }
    }

    @Test
    void bareNameUnderTheHeadlineAndAtTheFoot() {
        String page = "Harvest starts two weeks early in the valley\n\nTessa K. Rowe\n\n" + BODY + "\n\nJon van der Berg";
        assertThat(roleOf(page, "Tessa K. Rowe")).isEqualTo(Role.BYLINE);
        assertThat(roleOf(page, "Jon van der Berg")).isEqualTo(Role.BYLINE);
    }

    @Test
    void reportingCredits() {
        String page = "Harvest starts early\n\n" + BODY + "\n\n(Reporting by Ilse Marrow; Editing by Tom Keel)";
        assertThat(roleOf(page, "(Reporting by Ilse Marrow")).isEqualTo(Role.BYLINE);
    }

    @Test
    void proseOpeningWithByIsBody() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nBy Friday, most farms had finished.\n\nBy mid-morning the lorries were queuing at the mill gates on the valley road.";
        assertThat(roleOf(page, "By Friday, most farms had finished.")).isEqualTo(Role.BODY);
        assertThat(roleOf(page, "By mid-morning the lorries")).isEqualTo(Role.BODY);
    }

    @Test
    void nameWithPlaceUnderTheHeadlineAndContributorCredit() {
        String page = "Harvest starts two weeks early in the valley\n\nIlse Marrow in Lorvane\n\n" + BODY
                + "\n\nValley Press writer Tom Keel in Northam contributed to this report.";
        assertThat(roleOf(page, "Ilse Marrow in Lorvane")).isEqualTo(Role.BYLINE);
        assertThat(roleOf(page, "contributed to this report")).isEqualTo(Role.BYLINE);
        assertThat(BylineRule.nameThenPlace("Ilse Marrow, Lorvane")).isTrue();
        assertThat(BylineRule.nameThenPlace("Prices rose in Lorvane")).isFalse();
    }
}
