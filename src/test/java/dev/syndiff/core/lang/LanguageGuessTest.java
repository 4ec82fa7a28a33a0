package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    private final LanguageGuess guess = new LanguageGuess();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The ferry operators said on Tuesday that the new timetable would start in spring, after months of talks with the regional council about fares and staffing.
        de | Die Fährbetreiber teilten am Dienstag mit, dass der neue Fahrplan im Frühjahr beginnen soll, nachdem monatelang mit dem Regionalrat über Preise und Personal verhandelt wurde.
        fr | Les exploitants de ferries ont indiqué mardi que le nouvel horaire entrerait en vigueur au printemps, après des mois de discussions avec le conseil régional sur les tarifs.
        es | Los operadores de transbordadores dijeron el martes que el nuevo horario comenzará en primavera, tras meses de conversaciones con el consejo regional sobre tarifas y personal.
        it | Gli operatori dei traghetti hanno detto martedì che il nuovo orario partirà in primavera, dopo mesi di trattative con il consiglio regionale su tariffe e personale.
        pt | Os operadores de balsas disseram na terça-feira que o novo horário começará na primavera, depois de meses de conversas com o conselho regional sobre tarifas e pessoal.
        nl | De veerbootexploitanten zeiden dinsdag dat de nieuwe dienstregeling in het voorjaar ingaat, na maanden van overleg met de regioraad over tarieven en personeel.
        ru | Операторы паромов заявили во вторник, что новое расписание начнёт действовать весной после многомесячных переговоров с областным советом о тарифах и персонале.
        uk | Оператори поромів заявили у вівторок, що новий розклад почне діяти навесні після кількамісячних переговорів з обласною радою щодо тарифів і персоналу.
        ar | قال مشغلو العبارات يوم الثلاثاء إن الجدول الزمني الجديد سيبدأ في الربيع بعد أشهر من المحادثات مع المجلس الإقليمي بشأن الأسعار والموظفين.
        zh | 渡轮运营商周二表示，在与地区委员会就票价和人员配置进行了数月的谈判之后，新的时刻表将于春季开始实施。
        ja | フェリー運航会社は火曜日、運賃と人員配置をめぐる地域評議会との数か月にわたる協議を経て、新しい時刻表を春から導入すると発表した。
        pl | Operatorzy promów poinformowali we wtorek, że nowy rozkład jazdy zacznie obowiązywać wiosną, po wielomiesięcznych rozmowach z radą regionu o cenach biletów.
        tr | Feribot işletmecileri salı günü yaptıkları açıklamada, bölge meclisiyle ücretler ve personel konusunda aylarca süren görüşmelerin ardından yeni tarifenin baharda başlayacağını söyledi.
        """)
    void guessesTheLanguageOfAParagraph(String expected, String text) {
        assertThat(guess.guess(text)).isEqualTo(expected);
    }

    @Test
    void tooShortOrEmptyIsUndetermined() {
        assertThat(guess.guess("ok")).isEqualTo("und");
        assertThat(guess.guess("")).isEqualTo("und");
        assertThat(guess.guess(null)).isEqualTo("und");
        assertThat(guess.guess("3,000 — 42 %")).isEqualTo("und");
        assertThat(guess.rank("ok")).isEmpty();
    }

    @Test
    void confidenceFloorCanRefuseAGuess() {
        String text = "The ferry operators said on Tuesday that the new timetable would start in spring.";
        assertThat(guess.guess(text, 0.5)).isEqualTo("en");
        assertThat(guess.guess(text, 1.01)).isEqualTo("und");
        assertThat(guess.rank(text).get(0).language()).isEqualTo("en");
    }

    @Test
    void sameAnswerEveryTime() {
        String text = "Un texto corto pero claro sobre el puerto y la huelga de los estibadores.";
        String first = guess.guess(text);
        for (int i = 0; i < 5; i++) {
            assertThat(guess.guess(text)).isEqualTo(first);
        }
    }
}
