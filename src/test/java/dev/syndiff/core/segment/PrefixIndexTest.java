package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lexicon.prefixLength tries only the phrases sharing the line's first char: the answer of trying them all. */
class PrefixIndexTest {
    @Test
    void everyLexiconAnswersAsTheFullScan() throws IllegalAccessException {
        List<Lexicon> lexicons = new ArrayList<>();
        for (Field f : Lexicons.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Lexicon.class) {
                f.setAccessible(true);
                lexicons.add((Lexicon) f.get(null));
            }
        }
        List<String> norms = new ArrayList<>(List.of("", " ", "a", ":"));
        for (String text : TestBundles.texts()) {
            new Page(text).lines.forEach(l -> norms.add(l.norm()));
        }
        Random r = new Random(2);
        String[] tails = {"", " ", ":", "x", " the port", "s", "-", "ly"};
        for (Lexicon lex : lexicons) {
            for (String p : lex.phrases()) {
                norms.add(p + tails[r.nextInt(tails.length)]);
                norms.add(p.substring(0, p.length() / 2));
            }
        }
        int hits = 0;
        for (Lexicon lex : lexicons) {
            for (String n : norms) {
                int scanned = lex.prefixLengthScanned(n);
                assertThat(lex.prefixLength(n)).as(n).isEqualTo(scanned);
                hits += scanned > 0 ? 1 : 0;
            }
        }
        assertThat(lexicons).hasSizeGreaterThan(20);
        assertThat(hits).isGreaterThan(500);
    }
}
