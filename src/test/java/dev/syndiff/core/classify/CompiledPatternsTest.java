package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Patterns compiled once answer as the patterns the rules compiled on every call. */
class CompiledPatternsTest {
    @Test
    void agencyWordsAndExcerptsAsBefore() throws IOException {
        List<String> lines = new ArrayList<>(List.of("By Jane Doe, Reuters", "AFP staff\nin Paris", "reutersx wire", "Staff and agencies"));
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    lines.addAll(List.of(Files.readString(f).split("\n")));
                }
            }
        }
        int agency = 0;
        for (String line : lines) {
            String t = line.toLowerCase(Locale.ROOT);
            boolean before = FakeBylineRule.AGENCY_WORDS.stream()
                    .anyMatch(w -> t.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*"));
            boolean now = FakeBylineRule.AGENCY_PATTERNS.stream().anyMatch(p -> p.matcher(t).find());
            assertThat(now).as(line).isEqualTo(before);
            agency += now ? 1 : 0;
            String squeezed = line.replaceAll("\\s+", " ").strip();
            assertThat(ClassifyContext.excerpt(line)).startsWith(squeezed.substring(0, Math.min(40, squeezed.length())));
        }
        assertThat(agency).isGreaterThan(2);
    }
}
