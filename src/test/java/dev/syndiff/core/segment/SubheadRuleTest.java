package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class SubheadRuleTest {
    @Test
    void shortTitleLineBetweenParagraphsIsASubhead() {
        String page = "Harvest starts two weeks early in the valley\n\n" + BODY.replace("\n\nOfficials", "\n\nStorms ahead?\n\nOfficials");
        assertThat(roleOf(page, "Storms ahead?")).isEqualTo(Role.SUBHEAD);
        String quoted = "Harvest starts two weeks early in the valley\n\n" + BODY.replace("\n\nOfficials", "\n\nA 'very rare' spring\n\nOfficials");
        assertThat(roleOf(quoted, "A 'very rare' spring")).isEqualTo(Role.SUBHEAD);
    }

    @Test
    void firstHalfOfASentenceCutByAnAdIsNotASubhead() {
        String page = "Harvest starts two weeks early in the valley\n\n" + BODY
                + "\n\nThe minister urged growers to sell\n\nADVERTISEMENT\n\nto the state reserve before prices fall in the autumn.";
        assertThat(roleOf(page, "The minister urged growers to sell")).isEqualTo(Role.BODY);
    }

    @Test
    void lineInsideAParagraphIsNotASubhead() {
        String page = "Harvest starts two weeks early in the valley\n\n" + BODY + "\nShort line here\nand more text of the same paragraph follows on.";
        assertThat(roleOf(page, "Short line here")).isEqualTo(Role.BODY);
    }
}
