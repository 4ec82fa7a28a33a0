package dev.syndiff.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shared caches and per-thread iterators must give every thread the answer one thread gets. */
class ThreadSafetyTest {
    private static final List<String[]> SENTENCES = List.of(
            new String[] {"en", "About 1,200 ferry crews led by Ilse Darrow stopped work on Friday, June 6."},
            new String[] {"de", "Rund 1.200 Fährbesatzungen unter Ilse Darrow streikten am Freitag, 6. Juni."},
            new String[] {"fr", "Environ 1 200 équipages menés par Ilse Darrow ont cessé le travail vendredi 6 juin."},
            new String[] {"ru", "Около 1 200 экипажей во главе с Ильзе Дарроу прекратили работу в пятницу, 6 июня."},
            new String[] {"es", "Unos mil doscientos tripulantes pararon el viernes 6 de junio, dijo Ilse Darrow."});

    @Test
    void parallelProfilesEqualSequentialOnes() {
        List<String> sequential = IntStream.range(0, 200).mapToObj(ThreadSafetyTest::describe).toList();
        List<String> parallel = IntStream.range(0, 200).parallel().mapToObj(ThreadSafetyTest::describe).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    private static String describe(int i) {
        String[] s = SENTENCES.get(i % SENTENCES.size());
        String[] t = SENTENCES.get((i + 1) % SENTENCES.size());
        CrossLingualProfile a = CrossLingualProfile.of(s[1], s[0]);
        CrossLingualProfile b = CrossLingualProfile.of(t[1], t[0]);
        return a.anchors() + " " + a.tokens() + " " + CrossLingualSimilarity.score(a, b)
                + " " + NameSkeleton.loose(t[1]) + " " + new LanguageGuess().guess(s[1]);
    }
}
