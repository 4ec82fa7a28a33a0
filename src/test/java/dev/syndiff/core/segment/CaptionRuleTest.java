package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class CaptionRuleTest {
    private static final String HEAD = "Harvest starts two weeks early in the valley\n\n";

    @Test
    void captionLineAndCreditLineOfAPhotoBlockInsideTheBody() {
        String page = HEAD + BODY.replace("\n\nOfficials", "\n\nCombines at work near the river on Tuesday.\nFoto: Ilse Marrow/VPA\n\nOfficials");
        assertThat(roleOf(page, "Combines at work near the river on Tuesday.")).isEqualTo(Role.CAPTION);
        assertThat(roleOf(page, "Foto: Ilse Marrow/VPA")).isEqualTo(Role.CAPTION);
        assertThat(roleOf(page, "Officials expect")).isEqualTo(Role.BODY);
    }

    @Test
    void captionWithInlineCreditAndThePictureTitleAboveIt() {
        String page = HEAD + BODY.replace("\n\nOfficials",
                "\n\nHarvest starts two weeks early in the valley\nA farmer checks the grain near the river. (Photo: VPA)\n\nOfficials");
        assertThat(roleOf(page, "A farmer checks the grain")).isEqualTo(Role.CAPTION);
        assertThat(Pages.segment(page).segments().stream().filter(s -> s.role() == Role.HEADLINE).count()).isEqualTo(1);
    }

    @Test
    void frenchSpacedLabel() {
        String page = HEAD + BODY + "\n\nDes moissonneuses pr\u00E8s de la rivi\u00E8re.\nPhoto : Jean Morel / VPA";
        assertThat(roleOf(page, "Photo : Jean Morel / VPA")).isEqualTo(Role.CAPTION);
        assertThat(roleOf(page, "Des moissonneuses")).isEqualTo(Role.CAPTION);
    }

    @Test
    void creditAtNeedsALabelNotProse() {
        assertThat(CaptionRule.creditAt("photo: jane doe/agency")).isZero();
        assertThat(CaptionRule.creditAt("a farmer in a field. (photo: vpa)")).isPositive();
        assertThat(CaptionRule.creditAt("she showed a photo by the river to the reporters who had come")).isNegative();
    }

    @Test
    void slashCreditsOfAgencyAndPhotographer() {
        assertThat(CaptionRule.slashCredit("Combines near the river on Tuesday. VPA/Ilse Marrow")).isEqualTo(36);
        assertThat(CaptionRule.slashCredit("Combines near the river on Tuesday. Ilse Marrow/VPA")).isEqualTo(36);
        assertThat(CaptionRule.slashCredit("The mill runs 24/7 during the harvest.")).isNegative();
        assertThat(CaptionRule.slashCredit("Growers and/or millers will meet.")).isNegative();
        String page = HEAD + BODY + "\n\nCombines near the river on Tuesday. Ilse Marrow/VPA";
        assertThat(roleOf(page, "Combines near the river")).isEqualTo(Role.CAPTION);
    }
}
