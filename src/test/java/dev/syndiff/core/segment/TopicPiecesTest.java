package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A line's content words and names gathered sentence by sentence equal those of the whole line. */
class TopicPiecesTest {
    @Test
    void linesOfTheBundlesAndInventedLinesGiveTheWholeLinesTopics() {
        List<String> lines = new ArrayList<>();
        for (String text : TestBundles.texts()) {
            new Page(text).lines.forEach(l -> lines.add(l.text()));
        }
        Random r = new Random(8);
        String[] pieces = {"Port", "Veyra", "strike", "workers", "U.S.", "Mr.", ".", "!", "?", "\u3002", " ", " ", "  ",
            "\"", "\u201D", ")", "said", "Friday", "\u00C9tienne", "\u0416\u0443\u043A\u043E\u0432", "3.5", "e.g.", "\u2026"};
        for (int k = 0; k < 3_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            lines.add(b.toString());
        }
        Map<String, Set<String>[]> memo = new HashMap<>();
        int names = 0;
        for (String line : lines) {
            names += check(line, memo);
        }
        assertThat(names).isPositive();
        assertThat(memo.size()).isGreaterThan(lines.size() / 2); // cut into sentences, most lines into several
    }

    @Property(tries = 500)
    void anyLineGivesTheWholeLinesTopics(@ForAll("pages") String text) {
        check(text, new HashMap<>());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> pages() {
        return new SegmenterPropertyTest().pages();
    }

    private static int check(String line, Map<String, Set<String>[]> memo) {
        Set<String>[] whole = SegmentMemo.topicsOf(line);
        Set<String>[] pieced = SegmentMemo.topicsByPiece(line, p -> memo.computeIfAbsent(p, SegmentMemo::topicsOf));
        assertThat(pieced[0]).as(line).isEqualTo(whole[0]);
        assertThat(pieced[1]).as(line).isEqualTo(whole[1]);
        return whole[1].size();
    }
}
