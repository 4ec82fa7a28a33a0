package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class ChromeRuleTest {
    @Test
    void breadcrumbsShareBarsAndSectionRows() {
        String page = "Start \u203A Land \u203A Farming\n\nHarvest starts two weeks early in the valley\n\nShare | Post | Email\n\n" + BODY;
        assertThat(roleOf(page, "Start \u203A Land \u203A Farming")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Share | Post | Email")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Harvest starts two weeks early")).isEqualTo(Role.HEADLINE);
    }

    @Test
    void readingPrefixIsCutOffTheHeadline() {
        Article a = Pages.segment("Now reading: Harvest starts two weeks early in the valley\n\n" + BODY);
        assertThat(roleOf(a, "Now reading:")).isEqualTo(Role.CHROME);
        assertThat(roleOf(a, "Harvest starts two weeks early in the valley")).isEqualTo(Role.HEADLINE);
    }

    @Test
    void linkListsTagsAndCopyrightAtTheFoot() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nLesen Sie auch:\n\u203A Dry spring worries growers\n"
                + "\u203A Grain prices at a five-year high\n\nTags: farming, weather\n\n\u00A9 2024 Valley Press. All rights reserved.";
        assertThat(roleOf(page, "Lesen Sie auch:")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Dry spring worries growers")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Grain prices at a five-year high")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Tags: farming, weather")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "\u00A9 2024 Valley Press")).isEqualTo(Role.CHROME);
    }

    @Test
    void barNeedsShortItems() {
        assertThat(ChromeRule.bar("Home | News | Sport")).isTrue();
        assertThat(ChromeRule.bar("Farmers say the harvest began early | Valley Press")).isFalse();
        assertThat(ChromeRule.bar("Just one item")).isFalse();
    }

    @Test
    void proseStartingWithAFurnitureWordIsBody() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nShare prices of the cooperative rose by four percent on the news, traders in the capital said.";
        assertThat(roleOf(page, "Share prices of the cooperative")).isEqualTo(Role.BODY);
    }

    @Test
    void readingTimeAndListenLines() {
        String page = "Harvest starts two weeks early in the valley\n\n4 min read\n\nListen to this article\n\n" + BODY;
        assertThat(roleOf(page, "4 min read")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Listen to this article")).isEqualTo(Role.CHROME);
    }

    @Test
    void linkListItemsInTheirOwnParagraphs() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nRelated stories\n\nDry spring worries growers\n\nGrain prices at a five-year high";
        assertThat(roleOf(page, "Related stories")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Dry spring worries growers")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Grain prices at a five-year high")).isEqualTo(Role.CHROME);
    }

    @Test
    void trailingTopicLinksAndSeparatorLinesAfterTheStory() {
        String page = "Harvest starts early\n\n" + BODY + "\n\n___\n\nMore on these topics\nFarming\nWeather";
        assertThat(roleOf(page, "___")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Farming")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Weather")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Officials expect")).isEqualTo(Role.BODY);
    }
}
