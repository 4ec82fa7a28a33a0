package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run's memo of language guesses answers as a fresh detection does, and detects a shared opening once. */
class LanguageMemoTest {
    private final LanguageGuess guess = new LanguageGuess();

    @Test
    void rememberedGuessesEqualFreshOnes() {
        String english = "The harbour authority said on Friday that the strike would continue until the talks resume. ".repeat(30);
        String german = "Die Hafenbehörde teilte am Freitag mit, der Streik werde fortgesetzt, bis die Gespräche weitergehen. ".repeat(30);
        List<String> texts = List.of(english, english + "A different ending that the sample never reads.", german,
                "ok", "Hafen", "", "1234 5678 90 !!", english.substring(0, 40), german.substring(0, 60));
        Map<String, List<LanguageGuess.Guess>> memo = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String t : texts) {
                assertThat(guess.guess(t, memo)).as(t).isEqualTo(guess.guess(t));
            }
        }
        assertThat(guess.guess(english, memo)).isEqualTo("en");
        assertThat(guess.guess(german, memo)).isEqualTo("de");
        // both long English texts share their first 500 characters, where the detector is sure: one detection for the two
        assertThat(memo.keySet()).filteredOn(k -> k.startsWith("The harbour")).hasSize(2); // the 500-char head and the 40-char one
    }

    /** Where the first 500 characters make the detector sure, the first 1,500 give the same answer. */
    @Test
    void aSureHeadAnswersAsTheWholeSampleOnEveryCopyOfTheBundles() throws java.io.IOException {
        int sure = 0;
        for (var f : TestBundles.files()) {
            String text = java.nio.file.Files.readString(f);
            List<LanguageGuess.Guess> whole = guess.rank(text);
            String expected = whole.isEmpty() || whole.get(0).probability() < 0.7 ? "und" : whole.get(0).language();
            assertThat(guess.guess(text)).as(f.toString()).isEqualTo(expected);
            List<LanguageGuess.Guess> head = guess.rank(text.substring(0, Math.min(text.length(), LanguageGuess.FIRST_CHARS)));
            sure += !head.isEmpty() && head.get(0).probability() >= LanguageGuess.CERTAIN ? 1 : 0;
        }
        assertThat(sure).isGreaterThan(8);
    }

    @Test
    void anUnsureHeadFallsBackToTheWholeSample() {
        // a head alternating English and German sentences leaves the detector unsure; the 1,500 characters are mostly German
        String en = "The harbour authority said on Friday that the strike would continue until the talks resume. ";
        String de = "Die Hafenbehörde teilte am Freitag mit, der Streik werde fortgesetzt, bis die Gespräche weitergehen. ";
        String mixed = (en + de).repeat(3) + de.repeat(15);
        List<LanguageGuess.Guess> head = guess.rank(mixed.substring(0, LanguageGuess.FIRST_CHARS));
        assertThat(head.get(0).probability()).isLessThan(LanguageGuess.CERTAIN);
        assertThat(guess.guess(mixed)).isEqualTo("de");
        assertThat(guess.guess(mixed, new HashMap<>())).isEqualTo("de");
    }
}
