package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactAnchorsTest {
    private static List<String> keys(String lang, String text) {
        return FactAnchors.forLanguage(lang).extract(text).stream().map(Anchor::key).toList();
    }

    private static List<String> keys(String lang, String text, Anchor.Kind kind) {
        return FactAnchors.forLanguage(lang).extract(text).stream()
                .filter(a -> a.kind() == kind).map(Anchor::key).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | About 3,000 ferry staff stopped work.                 | NUM:3000
        de | Rund 3.000 Fährleute legten die Arbeit nieder.        | NUM:3000
        fr | Environ 3 000 marins ont cessé le travail.            | NUM:3000
        ru | Около 3 000 моряков прекратили работу.                | NUM:3000
        en | Some 3000 sailors stopped work.                       | NUM:3000
        en | Prices rose 1.5 points.                               | NUM:1.5
        de | Die Preise stiegen um 1,5 Punkte.                     | NUM:1.5
        en | The fund holds 2.5 million euros.                     | NUM:2500000
        de | Der Fonds hält 2,5 Millionen Euro.                    | NUM:2500000
        fr | Le fonds détient 2,5 millions d'euros.                | NUM:2500000
        en | They sailed for twenty-one days.                      | NUM:21
        de | Sie fuhren einundzwanzig Tage.                        | NUM:21
        fr | Ils ont navigué vingt-et-un jours.                    | NUM:21
        es | Navegaron treinta y dos días.                         | NUM:32
        en | Two ferries stayed in port.                           | NUM:2
        de | Zwei Fähren blieben im Hafen.                         | NUM:2
        fr | Deux ferries sont restés au port.                     | NUM:2
        es | Dos ferris se quedaron en el puerto.                  | NUM:2
        it | Tre traghetti sono rimasti in porto.                  | NUM:3
        pl | Trzy promy zostały w porcie.                          | NUM:3
        en | It was a five-week stoppage.                          | NUM:5
        en | Three thousand people marched.                        | NUM:3000
        de | Dreitausend Menschen marschierten.                    | NUM:3000
        fr | Environ 3\u202F000 marins ont cess\u00E9 le travail.   | NUM:3000
        fr | Environ 3\u00A0000 marins ont cess\u00E9 le travail.   | NUM:3000
        es | Unos 3.000 marineros dejaron el trabajo.              | NUM:3000
        it | Circa 3.000 marinai hanno smesso di lavorare.         | NUM:3000
        de | Drei F\u00E4hren blieben im Hafen.                     | NUM:3
        fr | Trois ferries sont rest\u00E9s au port.                 | NUM:3
        es | Tres ferris se quedaron en el puerto.                 | NUM:3
        """)
    void numbersInAnyNotationGiveTheSameKey(String lang, String text, String key) {
        assertThat(keys(lang, text, Anchor.Kind.NUMBER)).contains(key);
    }

    @Test
    void articlesThatSpellOneAreNotNumbers() {
        assertThat(keys("en", "One of the ferries left.", Anchor.Kind.NUMBER)).isEmpty();
        assertThat(keys("de", "Ein Streik begann.", Anchor.Kind.NUMBER)).isEmpty();
        assertThat(keys("fr", "Un accord est proche.", Anchor.Kind.NUMBER)).isEmpty();
        assertThat(keys("de", "Eine Million Menschen.", Anchor.Kind.NUMBER)).containsExactly("NUM:1000000");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Fares rise 40 percent.       | PCT:40
        en | Fares rise 40%.              | PCT:40
        de | Die Preise steigen um 40 Prozent. | PCT:40
        fr | Les tarifs augmentent de 40 pour cent. | PCT:40
        fr | Les tarifs augmentent de 40 %. | PCT:40
        es | Las tarifas suben un 40 por ciento. | PCT:40
        tr | Ücretler %40 artıyor.         | PCT:40
        tr | Ücretler yüzde 40 artıyor.    | PCT:40
        en | Fares rise 9 percent.        | PCT:9
        en | Fares rise 9 per cent.       | PCT:9
        en | Fares rise nine percent.     | PCT:9
        de | Die Preise steigen um 9 %.   | PCT:9
        de | Die Preise steigen um neun Prozent. | PCT:9
        fr | Les tarifs augmentent de 9\u00A0%. | PCT:9
        fr | Les tarifs augmentent de neuf pour cent. | PCT:9
        es | Las tarifas suben un 9 %.    | PCT:9
        es | Las tarifas suben un nueve por ciento. | PCT:9
        """)
    void percentagesKeepTheirNumber(String lang, String text, String key) {
        assertThat(keys(lang, text)).contains(key, "NUM:" + key.substring(4));
    }

    @Test
    void monthsWeekdaysAndDatesFromIcuNames() {
        assertThat(keys("en", "The ferry sails on Friday, June 6.")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("de", "Die Fähre fährt am Freitag, 6. Juni.")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("fr", "Le ferry part vendredi 6 juin.")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("es", "El ferri sale el viernes 6 de junio.")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("ru", "Паром отходит в пятницу, 6 июня.")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("pl", "Prom odpływa w piątek 6 czerwca.")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("zh", "渡轮船员6月6日星期五罢工。")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("ja", "フェリー乗組員は6月6日金曜日にストを行った。")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("ar", "أضرب طواقم العبارات يوم الجمعة 6 يونيو.")).contains("WEEKDAY:5", "MONTH:6", "DATE:6-6");
        assertThat(keys("en", "Published 06.06.2024 at 17:10")).contains("DATE:6-6", "YEAR:2024", "TIME:17:10");
        assertThat(keys("en", "Filed 2024-06-06.")).contains("DATE:6-6", "YEAR:2024");
        assertThat(keys("en", "Since 1987 the port grew.")).contains("YEAR:1987").doesNotContain("NUM:1987");
    }

    @Test
    void oneDateInThreeLanguagesGivesTheSameKeys() {
        String[] keys = {"WEEKDAY:2", "MONTH:3", "DATE:3-4", "YEAR:2025"};
        assertThat(keys("en", "The talks resume on Tuesday, March 4, 2025.")).contains(keys);
        assertThat(keys("de", "Die Gespr\u00E4che beginnen wieder am Dienstag, dem 4. M\u00E4rz 2025.")).contains(keys);
        assertThat(keys("fr", "Les pourparlers reprennent le mardi 4 mars 2025.")).contains(keys);
        assertThat(keys("es", "Las conversaciones se reanudan el martes 4 de marzo de 2025.")).contains(keys);
        assertThat(keys("fr", "Les pourparlers reprennent le mardi 5 mars 2025.")).doesNotContain("DATE:3-4");
    }

    @Test
    void unknownLanguagesStillGiveDigitsAndNames() {
        // no ICU calendar for "xx": "June" is just a capitalised word there, and ICU's root "M01" no month
        assertThat(keys("xx", "M01 Osk Varga 3,000 June")).contains("NAME:sk", "NAME:brk", "NUM:3000")
                .noneMatch(k -> k.startsWith("MONTH"));
        assertThat(keys("und", "Osk Varga sailed on June 6.")).contains("NAME:sk", "NAME:brk", "MONTH:6", "DATE:6-6");
    }

    @Test
    void englishMayIsAMonthOnlyBesideANumber() {
        assertThat(keys("en", "Talks may resume in spring.", Anchor.Kind.MONTH)).isEmpty();
        assertThat(keys("en", "Talks resume on May 4.")).contains("MONTH:5", "DATE:5-4");
        assertThat(keys("en", "The ferries march on.", Anchor.Kind.MONTH)).isEmpty();
    }

    @Test
    void namesAreKeyedBySkeletonAcrossScripts() {
        List<String> en = keys("en", "The minister, Ilse Darrow, met Osk Varga.", Anchor.Kind.NAME);
        List<String> ru = keys("ru", "Министр Ильзе Дарроу встретилась с Оском Варгой.", Anchor.Kind.NAME);
        assertThat(en).contains("NAME:" + FactAnchors.nameKey("Darrow"), "NAME:" + FactAnchors.nameKey("Varga"));
        assertThat(ru).contains("NAME:" + FactAnchors.nameKey("Darrow"));
        assertThat(en).doesNotContain("NAME:" + FactAnchors.nameKey("The"));
    }

    @Test
    void sentenceInitialAndTitleCaseWordsAreOnlyMaybeNames() {
        List<Anchor> first = FactAnchors.forLanguage("en").extract("Varga said the ferries would sail.");
        assertThat(first).extracting(Anchor::kind).containsExactly(Anchor.Kind.MAYBE_NAME);
        List<Anchor> run = FactAnchors.forLanguage("en").extract("Osk Varga said the ferries would sail.");
        assertThat(run).extracting(Anchor::kind).containsExactly(Anchor.Kind.NAME, Anchor.Kind.NAME);
        List<Anchor> headline = FactAnchors.forLanguage("en").extract("Ferry Crews Walk Out Over Pay");
        assertThat(headline).extracting(Anchor::kind).containsOnly(Anchor.Kind.MAYBE_NAME);
    }

    @Test
    void germanLoneCapitalsAreOnlyMaybeNamesRunsAreNames() {
        assertThat(FactAnchors.capitalisesNouns("de")).isTrue();
        String text = "Die Fährleute von Osk Varga streikten in Lunden.";
        assertThat(keys("de", text, Anchor.Kind.NAME)).containsExactly("NAME:sk", "NAME:brk");
        assertThat(keys("de", text, Anchor.Kind.MAYBE_NAME)).hasSize(2);
        assertThat(keys("en", "The crews of Osk Varga struck in Lunden.", Anchor.Kind.NAME)).hasSize(3);
    }

    @Test
    void titlesBeforeANameAreOnlyMaybeNames() {
        List<Anchor> a = FactAnchors.forLanguage("en").extract("The talks, said Transport Minister Osk Varga, failed.");
        assertThat(a).filteredOn(x -> x.kind() == Anchor.Kind.NAME).extracting(Anchor::key)
                .containsExactly("NAME:sk", "NAME:brk");
    }

    @Test
    void spansPointAtTheWrittenFact() {
        String text = "Rund 3.000 Fährleute, 40 Prozent, am 6. Juni.";
        for (Anchor a : FactAnchors.forLanguage("de").extract(text)) {
            String s = text.substring(a.start(), a.end());
            switch (a.kind()) {
                case NUMBER -> assertThat(s).isIn("3.000", "40", "6");
                case PERCENT -> assertThat(s).isEqualTo("40 Prozent");
                case MONTH -> assertThat(s).isEqualTo("Juni");
                case DATE -> assertThat(s).isEqualTo("6. Juni");
                default -> assertThat(s).isEqualTo("Fährleute");
            }
        }
    }

    @Property(tries = 300)
    void neverThrowsAndSpansStayInside(@ForAll String text) {
        for (String lang : new String[] {"en", "de", "fr", "und"}) {
            for (Anchor a : FactAnchors.forLanguage(lang).extract(text)) {
                assertThat(a.end()).isLessThanOrEqualTo(text.length());
                assertThat(a.key()).contains(":");
            }
        }
    }
}
