package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class PublishedDateRuleTest {
    @Test
    void labelledDatesInSeveralLanguages() {
        for (String line : new String[] {"Published: Tue 4 Jun 2024, 08:15", "Updated: 04.06.2024 09:40",
                "Aktualisiert am 04.06.2024, 10:02 Uhr", "Publi\u00E9 le 04/06/2024 \u00E0 10h02 \u00B7 Mis \u00E0 jour le 04/06/2024 \u00E0 11h00",
                "Actualizado: 04/06/2024 - 10:02 CET"}) {
            String page = "Harvest starts two weeks early in the valley\n\n" + line + "\n\n" + BODY;
            assertThat(roleOf(page, line)).as(line).isEqualTo(Role.PUBLISHED_DATE);
        }
    }

    @Test
    void bareDateLines() {
        for (String line : new String[] {"Tuesday, June 4, 2024, 8:15 a.m.", "04 June 2024", "4. Juni 2024"}) {
            String page = "Harvest starts two weeks early in the valley\n\n" + line + "\n\n" + BODY;
            assertThat(roleOf(page, line)).as(line).isEqualTo(Role.PUBLISHED_DATE);
        }
    }

    @Test
    void labelledDateGluedBeforeTheLedeIsCutOff() {
        Article a = Pages.segment(" date 2024-06-04 " + BODY);
        assertThat(roleOf(a, "date 2024-06-04")).isEqualTo(Role.PUBLISHED_DATE);
        assertThat(roleOf(a, "Farmers in the northern valley")).isEqualTo(Role.BODY);
    }

    @Test
    void dateExpressionNeedsANumberAndAnAnchor() {
        assertThat(DateExpression.isWholeDate("June 4, 2024")).isTrue();
        assertThat(DateExpression.isWholeDate("20:07")).isTrue();
        assertThat(DateExpression.isWholeDate("2024")).isFalse();
        assertThat(DateExpression.isWholeDate("June")).isFalse();
        assertThat(DateExpression.isWholeDate("4 farms in June")).isFalse();
        assertThat(DateExpression.lengthAt("Updated figures came on June 4", 8)).isZero();
    }

    @Test
    void sentenceOpeningWithALabelWordIsBody() {
        String page = "Harvest starts early\n\n" + BODY + "\n\nUpdated figures from the ministry on June 4 showed the same trend across the region.";
        assertThat(roleOf(page, "Updated figures from the ministry")).isEqualTo(Role.BODY);
    }
}
