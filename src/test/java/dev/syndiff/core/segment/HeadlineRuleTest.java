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

    @Test
    void chineseCopyHasAHeadlineAndBody() {
        String page = "\u5C71\u8C37\u519C\u6C11\u63D0\u524D\u4E24\u5468\u5F00\u59CB\u6536\u5272\u5C0F\u9EA6\n\n"
                + "\u7531\u4E8E\u6625\u5B63\u5E72\u65F1\uFF0C\u5317\u90E8\u5C71\u8C37\u7684\u519C\u6C11\u5468\u4E8C\u5F00\u59CB\u6536\u5272\u5C0F\u9EA6\uFF0C"
                + "\u6BD4\u5F80\u5E74\u63D0\u524D\u4E86\u4E24\u4E2A\u661F\u671F\uFF0C\u5408\u4F5C\u793E\u8868\u793A\u4EA7\u91CF\u4E0B\u964D\u4E86\u4E94\u5206\u4E4B\u4E00\u3002";
        Article a = Pages.segment(page);
        assertThat(a.segments()).extracting(s -> s.role()).containsExactly(Role.HEADLINE, Role.BODY);
    }
}
