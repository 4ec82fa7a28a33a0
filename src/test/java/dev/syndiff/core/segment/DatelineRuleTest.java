package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class DatelineRuleTest {
    private static String dateline(String s) {
        return s.substring(0, DatelineRule.length(s));
    }

    @Test
    void datelineShapes() {
        assertThat(dateline("NORTH HAVEN, June 4 (VPA) \u2014 Farmers began early.")).isEqualTo("NORTH HAVEN, June 4 (VPA) \u2014");
        assertThat(dateline("LORVANE \u2014 Farmers began early.")).isEqualTo("LORVANE \u2014");
        assertThat(dateline("Talstadt (vpa) - Die Bauern haben begonnen.")).isEqualTo("Talstadt (vpa) -");
        assertThat(dateline("NORTH HAVEN, 4. Juni (VPA) \u2013 Die Bauern haben begonnen.")).isEqualTo("NORTH HAVEN, 4. Juni (VPA) \u2013");
        assertThat(dateline("ST. ALBAN, Westshire (VPA) \u2014 Farmers began early.")).isEqualTo("ST. ALBAN, Westshire (VPA) \u2014");
    }

    @Test
    void ordinaryOpeningsAreNoDateline() {
        assertThat(DatelineRule.length("Farmers in the valley \u2014 most of them \u2014 began early.")).isZero();
        assertThat(DatelineRule.length("The minister (left) \u2013 who spoke first \u2013 agreed.")).isZero();
        assertThat(DatelineRule.length("US-led talks resumed on Monday in the capital.")).isZero();
        assertThat(DatelineRule.length("\u201CWe began early,\u201D she said.")).isZero();
    }

    @Test
    void datelineIsItsOwnSegmentAndSentenceBeforeTheLede() {
        Article a = Pages.segment("Harvest starts early in the valley\n\nLORVANE \u2014 Farmers in the valley began harvesting on Tuesday, two weeks ahead of the usual date.");
        assertThat(roleOf(a, "LORVANE \u2014")).isEqualTo(Role.DATELINE);
        assertThat(roleOf(a, "Farmers in the valley began")).isEqualTo(Role.BODY);
        assertThat(a.sentences()).anyMatch(s -> s.text().startsWith("Farmers") && s.role() == Role.BODY);
    }

    @Test
    void caselessScriptNeedsTheAgency() {
        String withAgency = "\u0644\u0648\u0631\u0641\u0627\u0646 (\u0631\u0648\u064A\u062A\u0631\u0632) - \u0628\u062F\u0623 \u0627\u0644\u0645\u0632\u0627\u0631\u0639\u0648\u0646 \u0627\u0644\u062D\u0635\u0627\u062F";
        assertThat(DatelineRule.length(withAgency)).isEqualTo(17);
        String without = "\u0644\u0648\u0631\u0641\u0627\u0646 - \u0628\u062F\u0623 \u0627\u0644\u0645\u0632\u0627\u0631\u0639\u0648\u0646 \u0627\u0644\u062D\u0635\u0627\u062F";
        assertThat(DatelineRule.length(without)).isZero();
    }

    @Test
    void otherScriptsCommasAndMarks() {
        // invented places and agencies: an Arabic comma, Devanagari vowel signs, the Chinese wire form
        assertThat(dateline("كارفيلد، 9 يونيو (فالبريس) - بدأ المزارعون الحصاد مبكرًا.")).isEqualTo("كارفيلد، 9 يونيو (فالبريس) -");
        assertThat(dateline("कारफील्ड, 9 जून (वालप्रेस) - किसानों ने जल्दी कटाई शुरू की।")).isEqualTo("कारफील्ड, 9 जून (वालप्रेस) -");
        assertThat(dateline("卡菲尔德6月9日电（瓦尔通讯社）农民们提早开始收割。")).isEqualTo("卡菲尔德6月9日电（瓦尔通讯社）");
        assertThat(DatelineRule.length("卡菲尔德6月9日，农民们提早开始收割。")).isZero();
    }
}
