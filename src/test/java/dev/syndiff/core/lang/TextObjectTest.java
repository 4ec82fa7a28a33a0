package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Skipping the URL and e-mail filter where neither can match leaves the detector the same text. */
class TextObjectTest {
    @Test
    void theShortCutReadsTheSameTextAsOptimaizesFactory() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Mail the desk at news@example.org or see https://example.org/story?id=3 for more.",
                "Kontakt: redaktion@example.de. Mehr unter http://example.de/artikel",
                "Plain prose with no address, in English, long enough to be read.",
                "Смешанный текст with two scripts и немного латиницы, 中文也有一点。",
                "httpx is not a link, and neither is user at host."));
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    String t = Files.readString(f);
                    texts.add(t.length() > LanguageGuess.MAX_CHARS ? t.substring(0, LanguageGuess.MAX_CHARS) : t);
                }
            }
        }
        int plain = 0;
        for (String t : texts) {
            assertThat(LanguageGuess.textObject(t).toString()).isEqualTo(LanguageGuess.fullTextObject(t).toString());
            plain += t.indexOf('@') < 0 && !t.contains("http") ? 1 : 0;
        }
        assertThat(plain).isBetween(3, texts.size() - 2);
    }
}
