package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSkeletonTest {
    @Test
    void firstNameVariantsShareTheStrictSkeleton() {
        assertThat(NameSkeleton.of("Vladimir Zelensky")).isEqualTo(NameSkeleton.of("Volodymyr Zelensky"));
        assertThat(NameSkeleton.sameNameStrict("Vladimir Zelensky", "Volodymyr Zelensky")).isTrue();
        assertThat(NameSkeleton.compare("Vladimir Zelensky", "Volodymyr Zelensky")).isEqualTo(NameSkeleton.Match.STRICT);
    }

    @Test
    void looseComparisonAcceptsMachineTranslationManglings() {
        assertThat(NameSkeleton.loose("Malen Kobal")).isEqualTo(NameSkeleton.loose("Maren Koval"));
        assertThat(NameSkeleton.sameName("Malen Kobal", "Maren Koval")).isTrue();
        assertThat(NameSkeleton.sameNameStrict("Malen Kobal", "Maren Koval")).isFalse();
        assertThat(NameSkeleton.compare("Malen Kobal", "Maren Koval")).isEqualTo(NameSkeleton.Match.LOOSE);
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertThat(NameSkeleton.sameName("Maren Koval", "Teodor Brask")).isFalse();
        assertThat(NameSkeleton.sameName("Maren Koval", "Maren Brask")).isFalse();
        assertThat(NameSkeleton.sameName("Ilse Darrow", "Ilse Morrow")).isFalse();
        assertThat(NameSkeleton.compare("Lee", "Rae")).isEqualTo(NameSkeleton.Match.DIFFERENT);
    }

    @Test
    void otherScriptsAreTransliteratedFirst() {
        assertThat(NameSkeleton.toLatin("Зеленский")).isEqualTo("Zelenskij");
        assertThat(NameSkeleton.toLatin("Łódź Straße")).isEqualTo("Lodz Strasse");
        assertThat(NameSkeleton.sameNameStrict("Зеленский", "Zelensky")).isTrue();
        assertThat(NameSkeleton.sameName("Марен Коваль", "Maren Koval")).isTrue();
        assertThat(NameSkeleton.sameName("Ζελένσκι", "Zelensky")).isTrue();
        // Arabic writes Putin without vowels and with b for p: "bwtyn" only matches loosely
        assertThat(NameSkeleton.toLatin("بوتين")).isEqualTo("bwtyn");
        assertThat(NameSkeleton.compare("بوتين", "Putin")).isEqualTo(NameSkeleton.Match.LOOSE);
        assertThat(NameSkeleton.sameName("ゼレンスキー", "Zelensky")).isTrue();
        assertThat(NameSkeleton.sameName("Selenskyj", "Zelensky")).isTrue();
    }

    @Test
    void initialsAndSurnamesAlone() {
        assertThat(NameSkeleton.sameName("V. Zelensky", "Volodymyr Zelensky")).isTrue();
        assertThat(NameSkeleton.sameName("Zelensky", "Volodymyr Zelensky")).isTrue();
        assertThat(NameSkeleton.sameName("K. Zelensky", "Volodymyr Zelensky")).isFalse();
        assertThat(NameSkeleton.compare("Maren Koval", "maren koval")).isEqualTo(NameSkeleton.Match.SAME);
        assertThat(NameSkeleton.compare("", "Koval")).isEqualTo(NameSkeleton.Match.DIFFERENT);
    }
}
