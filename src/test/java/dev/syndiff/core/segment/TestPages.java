package dev.syndiff.core.segment;

import dev.syndiff.TestBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Pages for the segmenter's short-cut tests: every file of the public and test bundles, and random pages from an alphabet. */
final class TestPages {
    private TestPages() {
    }

    static List<String> ofTheBundles() {
        return TestBundles.texts();
    }

    /** {@code count} pages, each {@code head} and then fewer than {@code maxTail} characters drawn from {@code alphabet}. */
    static List<String> random(long seed, String alphabet, String head, int maxTail, int count) {
        Random r = new Random(seed);
        List<String> pages = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            StringBuilder b = new StringBuilder(head);
            for (int i = r.nextInt(maxTail); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            pages.add(b.toString());
        }
        return pages;
    }
}
