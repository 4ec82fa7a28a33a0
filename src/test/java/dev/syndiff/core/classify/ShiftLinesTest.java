package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trying only the lines whose phrases start with a word of both runs finds the swap that trying every line finds. */
class ShiftLinesTest {
    @Test
    void randomRunsOfLexiconWordsAndFillers() {
        List<String> vocabulary = new ArrayList<>(List.of("the", "said", "3", "talks", "not", "to", "of", "than", "by"));
        for (String line : Lexicon.lines("meaning-shifts.txt")) {
            for (String w : line.replace("n:", " ").split("[|/\\s]+")) {
                if (!w.isBlank()) {
                    vocabulary.add(w.strip());
                }
            }
        }
        assertThat(vocabulary).hasSizeGreaterThan(100);
        Random r = new Random(3);
        int found = 0;
        for (int i = 0; i < 60_000; i++) {
            List<String> a = run(r, vocabulary);
            List<String> b = run(r, vocabulary);
            boolean beforeNumber = r.nextBoolean();
            String scanned = MeaningShifts.swapScanned(a, b, beforeNumber);
            assertThat(MeaningShifts.swap(a, b, beforeNumber)).as(a + " / " + b).isEqualTo(scanned);
            found += scanned != null ? 1 : 0;
        }
        assertThat(found).isGreaterThan(3_000);
    }

    @Test
    void everyEditOfTheBundles() {
        int edits = 0;
        for (String[] bundle : new String[][] {{"samples/macron-putin-2022", null}, {"samples/harbour-strike", "00_wire"}}) {
            ClassifyContext ctx = BundleContexts.context(Path.of(bundle[0]), bundle[1]);
            for (PairView p : ctx.pairs()) {
                for (WordDiff.Edit e : p.edits()) {
                    List<String> a = p.a().subList(e.aFrom(), e.aTo()).stream().map(w -> w.norm()).toList();
                    List<String> b = p.b().subList(e.bFrom(), e.bTo()).stream().map(w -> w.norm()).toList();
                    for (boolean beforeNumber : new boolean[] {false, true}) {
                        assertThat(MeaningShifts.swap(a, b, beforeNumber)).isEqualTo(MeaningShifts.swapScanned(a, b, beforeNumber));
                    }
                    edits++;
                }
            }
        }
        assertThat(edits).isGreaterThan(200);
    }

    private static List<String> run(Random r, List<String> vocabulary) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(6);
        for (int k = 0; k < n; k++) {
            out.add(vocabulary.get(r.nextInt(vocabulary.size())));
        }
        return out;
    }
}
