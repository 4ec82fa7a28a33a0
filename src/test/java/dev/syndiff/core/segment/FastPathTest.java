package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ASCII short cuts of the segmenter's character tests answer as the Unicode tests do. */
class FastPathTest {
    @Test
    void asciiSpacesAreJavasAndUnicodesSpaces() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(Chars.isSpace(c)).as("char %d", (int) c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    @Test
    void wordCountsAndHeadlineEchoesMatchTheUnicodeWay() throws IOException {
        List<String> lines = lines();
        assertThat(lines).hasSizeGreaterThan(100);
        for (String s : lines) {
            assertThat(LineShape.words(s)).as(s).isEqualTo(unicodeWords(s));
        }
        for (int k = 0; k + 1 < lines.size(); k++) {
            String h = CaptionRule.letters(lines.get(k));
            assertThat(CaptionRule.sameLetters(lines.get(k + 1), h)).isEqualTo(CaptionRule.letters(lines.get(k + 1)).equals(h));
            assertThat(CaptionRule.sameLetters(lines.get(k).toUpperCase(), h)).isEqualTo(CaptionRule.letters(lines.get(k).toUpperCase()).equals(h));
        }
    }

    /** Real lines in several scripts, and random strings over ASCII, Latin-1, kana and ideographs. */
    private static List<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    out.addAll(Files.readAllLines(f));
                }
            }
        }
        Random r = new Random(7);
        String alphabet = "ab Z9.'-\t\u00A0\u00E9\u3042\u4E2D\u2003\u200B,";
        for (int k = 0; k < 500; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The word count as it was before the ASCII short cut. */
    private static int unicodeWords(CharSequence s) {
        int n = 0;
        int ideographs = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isIdeographic(c) || c >= '\u3040' && c <= '\u30FF') {
                if (ideographs++ % 2 == 0) n++;
                in = false;
                continue;
            }
            boolean w = Character.isLetterOrDigit(c);
            if (w && !in) n++;
            if (w) in = true;
            else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '\u0085') in = false;
        }
        return n;
    }
}
