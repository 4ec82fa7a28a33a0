package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {
    @ParameterizedTest(name = "{0} in {1} = {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        3000        | en  | 3000
        3,000       | en  | 3000
        3.000       | de  | 3000
        3.000       | en  | 3000
        3,000       | und | 3000
        1.5         | en  | 1.5
        1,5         | de  | 1.5
        1,5         | en  | 1.5
        0,500       | de  | 0.5
        2.125       | en  | 2.125
        2,125       | en  | 2125
        2,125       | de  | 2.125
        1,250,000   | en  | 1250000
        1.250.000   | de  | 1250000
        1,250.75    | en  | 1250.75
        1.250,75    | de  | 1250.75
        3'000       | de  | 3000
        ٣٠٠٠        | ar  | 3000
        1.2.3       | en  | null
        12,34,5     | en  | null
        abc         | en  | null
        007         | en  | 7
        """)
    void readsDigitNotations(String written, String lang, String expected) {
        assertThat(Numerals.valueOf(written, lang)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        3 000 | fr
        3 000 | ru
        """)
    void spaceGroupsAreThousands(String written, String lang) {
        assertThat(Numerals.valueOf(written, lang)).isEqualTo("3000");
    }
}
