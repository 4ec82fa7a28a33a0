package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Sentence;
import org.junit.jupiter.api.Test;

class AdRuleTest {
    @Test
    void adLabelsOnTheirOwnLineInSeveralLanguages() {
        for (String label : new String[] {"ADVERTISEMENT", "Story continues below advertisement", "Anzeige", "Publicit\u00E9",
                "\u0420\u0435\u043A\u043B\u0430\u043C\u0430", "Sponsored"}) {
            String page = "Harvest starts early\n\n" + BODY.replace("\n\nOfficials", "\n\n" + label + "\n\nOfficials");
            assertThat(roleOf(page, label)).as(label).isEqualTo(Role.AD_ARTIFACT);
        }
    }

    @Test
    void adLabelSplittingASentenceLeavesOneSentenceAcrossIt() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nThe cooperative will publish its final figures"
                + "\n\nContinue reading below\n\nonce the last fields are cut in September.\n\nPrices are stable.";
        Article a = Pages.segment(page);
        assertThat(roleOf(a, "Continue reading below")).isEqualTo(Role.AD_ARTIFACT);
        Sentence s = a.sentences().stream().filter(x -> x.text().startsWith("The cooperative")).findFirst().orElseThrow();
        assertThat(s.text()).endsWith("cut in September.").contains("Continue reading below");
        assertThat(s.role()).isEqualTo(Role.BODY);
        assertThat(a.sentences()).noneMatch(x -> x.role() == Role.AD_ARTIFACT);
    }

    @Test
    void foreignScriptAdInsideASentenceIsCutOutAndTheSentenceRunsAcross() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nThe mill bought most \u0420\u0435\u043A\u043B\u0430\u043C\u0430 of the crop at a fixed price. Others waited.";
        Article a = Pages.segment(page);
        assertThat(roleOf(a, "\u0420\u0435\u043A\u043B\u0430\u043C\u0430")).isEqualTo(Role.AD_ARTIFACT);
        assertThat(roleOf(a, "The mill bought most")).isEqualTo(Role.BODY);
        assertThat(roleOf(a, "of the crop at a fixed price.")).isEqualTo(Role.BODY);
        assertThat(a.sentences()).anyMatch(s -> s.text().equals(
                "The mill bought most \u0420\u0435\u043A\u043B\u0430\u043C\u0430 of the crop at a fixed price."));
    }

    @Test
    void foreignScriptAdGluedAtTheEndIsItsOwnSegmentAndSentence() {
        String ad = "\u0627\u0636\u0627\u0641\u0629 \u0627\u0639\u0644\u0627\u0646";
        String page = "Harvest starts early\n\n" + BODY.replace("ripe ahead of schedule.", "ripe ahead of schedule." + ad);
        Article a = Pages.segment(page);
        assertThat(roleOf(a, ad)).isEqualTo(Role.AD_ARTIFACT);
        assertThat(a.sentences()).anyMatch(s -> s.text().endsWith("ahead of schedule.") && s.role() == Role.BODY);
        assertThat(a.sentences()).anyMatch(s -> s.text().equals(ad) && s.role() == Role.AD_ARTIFACT);
    }

    @Test
    void quotedForeignWordIsNotAnAd() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nLocals call the wind \u00AB\u0441\u0443\u0445\u043E\u0432\u0435\u0439\u00BB, the dry one.";
        assertThat(roleOf(page, "\u0441\u0443\u0445\u043E\u0432\u0435\u0439")).isEqualTo(Role.BODY);
    }

    @Test
    void adSlotNameLeftByATemplate() {
        String page = "Harvest starts early\n\nsidebar farming\n\n" + BODY;
        assertThat(roleOf(page, "sidebar farming")).isEqualTo(Role.AD_ARTIFACT);
        String top = "Harvest starts early\n\nbottom farming\n\n" + BODY;
        assertThat(roleOf(top, "bottom farming")).isEqualTo(Role.AD_ARTIFACT);
        String inBody = "Harvest starts early\n\n" + BODY.replace("\n\nOfficials", "\n\nTop priority\n\nOfficials");
        assertThat(roleOf(inBody, "Top priority")).isEqualTo(Role.SUBHEAD);
    }

    @Test
    void capitalAdLabelInsideALineIsCutOut() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nThe mill will pay ADVERTISEMENT the same price as last year.";
        Article a = Pages.segment(page);
        assertThat(roleOf(a, "ADVERTISEMENT")).isEqualTo(Role.AD_ARTIFACT);
        assertThat(a.sentences()).anyMatch(s -> s.text().equals("The mill will pay ADVERTISEMENT the same price as last year."));
        String lower = "Harvest starts early\n\n" + BODY + "\n\nThe advertisement ran for a week.";
        assertThat(roleOf(lower, "The advertisement ran")).isEqualTo(Role.BODY);
    }

    @Test
    void adLabelInTheCopysOwnScriptAfterTheLastSentence() {
        String page = "\u0424\u0435\u0440\u043C\u0435\u0440\u044B \u043D\u0430\u0447\u0430\u043B\u0438 \u0443\u0431\u043E\u0440\u043A\u0443 \u0440\u0430\u043D\u044C\u0448\u0435 \u043E\u0431\u044B\u0447\u043D\u043E\u0433\u043E\n\n"
                + "\u0424\u0435\u0440\u043C\u0435\u0440\u044B \u0441\u0435\u0432\u0435\u0440\u043D\u043E\u0439 \u0434\u043E\u043B\u0438\u043D\u044B \u0432\u043E \u0432\u0442\u043E\u0440\u043D\u0438\u043A \u043D\u0430\u0447\u0430\u043B\u0438 \u0443\u0431\u043E\u0440\u043A\u0443 \u043F\u0448\u0435\u043D\u0438\u0446\u044B \u043D\u0430 \u0434\u0432\u0435 \u043D\u0435\u0434\u0435\u043B\u0438 \u0440\u0430\u043D\u044C\u0448\u0435 \u043E\u0431\u044B\u0447\u043D\u043E\u0433\u043E \u0438\u0437-\u0437\u0430 \u0437\u0430\u0441\u0443\u0445\u0438 \u0432 \u0440\u0435\u0433\u0438\u043E\u043D\u0435. \u0420\u0435\u043A\u043B\u0430\u043C\u0430";
        Article a = Pages.segment(page);
        assertThat(roleOf(a, "\u0420\u0435\u043A\u043B\u0430\u043C\u0430")).isEqualTo(Role.AD_ARTIFACT);
        assertThat(a.sentences()).anyMatch(s -> s.role() == Role.BODY && s.text().endsWith("\u0440\u0435\u0433\u0438\u043E\u043D\u0435."));
    }
}
