package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Excerpts of text with single spaces skip the regex: the same excerpt as running it. */
class ExcerptShortCutTest {
    @Test
    void excerptsEqualTheRegexOnes() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike", "src/test/resources/bundles/rtl-desk")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    String t = Files.readString(f);
                    for (int i = 0; i + 10 < t.length(); i += 97) {
                        texts.add(t.substring(i, Math.min(t.length(), i + 10 + i % 300)));
                    }
                }
            }
        }
        Random r = new Random(6);
        String alphabet = "ab .\t\n\u000B\f\r\u00A0\u2009\u001C\u0085  xyz";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(k % 2 == 0 ? 12 : 140); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        int single = 0;
        for (String t : texts) {
            assertThat(ClassifyContext.excerpt(t, true)).as(t).isEqualTo(ClassifyContext.excerpt(t, false));
            single += ClassifyContext.singleSpaces(t) ? 1 : 0;
        }
        assertThat(single).isPositive().isLessThan(texts.size());
    }
}
