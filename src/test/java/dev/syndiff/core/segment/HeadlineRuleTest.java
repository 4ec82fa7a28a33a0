package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class HeadlineRuleTest {
    @Test
    void mastheadAboveTheHeadlineIsChrome() {
        String page = "The Valley Herald\n\nHarvest starts two weeks early in the valley\n\n" + BODY;
        assertThat(roleOf(page, "The Valley Herald")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Harvest starts two weeks early")).isEqualTo(Role.HEADLINE);
        assertThat(roleOf(page, "Farmers in the northern valley")).isEqualTo(Role.BODY);
    }

    @Test
    void standfirstSentenceUnderTheHeadlineIsASubhead() {
        String page = "Harvest starts two weeks early in the valley\n\nA dry spring ripened the wheat ahead of time.\n\n"
                + "Published: 04.06.2024 08:15\n\n" + BODY;
        assertThat(roleOf(page, "A dry spring ripened the wheat")).isEqualTo(Role.SUBHEAD);
    }

    @Test
    void germanPageTop() {
        String page = "Talbote \u2013 Wirtschaft\n\nBauern im Tal beginnen die Weizenernte zwei Wochen fr\u00FCher\n\n"
                + "Die Bauern im n\u00F6rdlichen Tal haben am Dienstag mit der Ernte begonnen, nachdem ein trockener Fr\u00FChling das Getreide fr\u00FCh reifen lie\u00DF.\n\n"
                + "Die Genossenschaft rechnet mit einem Ertrag, der etwa ein F\u00FCnftel unter dem des Vorjahres liegt.";
        assertThat(roleOf(page, "Talbote")).isEqualTo(Role.CHROME);
        assertThat(roleOf(page, "Bauern im Tal beginnen")).isEqualTo(Role.HEADLINE);
        assertThat(roleOf(page, "Die Genossenschaft rechnet")).isEqualTo(Role.BODY);
    }

    @Test
    void copyWithoutAHeadlineStartsWithBody() {
        Article a = Pages.segment(BODY);
        assertThat(a.segments()).allMatch(s -> s.role() == Role.BODY);
        assertThat(a.segments()).hasSize(4);
    }

    @Test
    void wrappedHeadlineKeepsBothLines() {
        String page = "Farmers in the northern valley start their wheat harvest two weeks\nearly after dry spring\n\n" + BODY;
        assertThat(roleOf(page, "early after dry spring")).isEqualTo(Role.HEADLINE);
    }
}
