package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-language profile's short cuts give the answers of the full tests. */
class ShortCutsTest {
    @Test
    void noLetterBelowTheHanFloorIsHan() {
        for (int cp = 0; cp < CrossLingualProfile.HAN_FLOOR; cp++) {
            if (Character.isLetter(cp)) {
                assertThat(Character.UnicodeScript.of(cp)).as("U+%04X", cp).isNotEqualTo(Character.UnicodeScript.HAN);
            }
        }
        assertThat(CrossLingualProfile.mostlyHan("港口工人罢工 go")).isTrue();
        assertThat(CrossLingualProfile.mostlyHan("Port strike 港口")).isFalse();
    }

    @Test
    void dateAndTimePatternsMatchOnlyTextWithTheirSeparator() throws IOException {
        List<String> texts = new ArrayList<>(List.of("2022-03-04", "at 14:30", "4.3.2022", "12 33 2022 03 04 1430", "9 - 5", "7:5"));
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    texts.addAll(List.of(Files.readString(f).split("\n")));
                }
            }
        }
        int iso = 0;
        int time = 0;
        for (String t : texts) {
            var m = NumberAnchors.ISO_DATE.matcher(t);
            while (m.find()) {
                assertThat(m.group()).contains("-");
                iso++;
            }
            m = NumberAnchors.TIME.matcher(t);
            while (m.find()) {
                assertThat(m.group()).contains(":");
                time++;
            }
        }
        assertThat(iso).isPositive();
        assertThat(time).isPositive();
    }
}
