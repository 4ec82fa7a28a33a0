package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Looking first for the three characters a mojibake spot starts with gives the warning the full scan gives. */
class MojibakeLookTest {
    @Test
    void bundleTextsAndTextsWithSpotsSprinkledIn() {
        List<String> texts = new ArrayList<>(TestBundles.texts());
        String[] pieces = {"Ã©", "Ã", "Â ", "Â", "â€™", "â€", "â", "Ã\u2019", "Ã\u0080", "Â\u00BF", "â€\u2122", "\u00E9", "\u20AC"};
        Random r = new Random(5);
        int base = texts.size();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder(texts.get(r.nextInt(base)).substring(0, 200));
            for (int k = r.nextInt(4); k > 0; k--) {
                b.insert(r.nextInt(b.length() + 1), pieces[r.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        int warned = 0;
        for (String t : texts) {
            String scanned = TextChecks.mojibakeScanned(t);
            assertThat(TextChecks.mojibake(t)).isEqualTo(scanned);
            warned += scanned != null ? 1 : 0;
        }
        assertThat(warned).isBetween(500, texts.size() - 500); // both answers occur often
    }
}
