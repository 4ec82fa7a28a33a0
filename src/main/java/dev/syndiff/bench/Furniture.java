package dev.syndiff.bench;

import java.util.List;
import java.util.Random;

/** Generic page furniture a syndicated copy picks up: ads, comment threads, related links. */
final class Furniture {
    private static final List<String> ADS = List.of(
            "ADVERTISEMENT", "Advertisement", "Sponsored content", "Subscribe to our newsletter for the top stories every morning.",
            "Get unlimited access for $1 a week. Cancel anytime.", "Continue reading below",
            "Download our app for breaking news alerts.", "Story continues below advertisement");
    private static final List<String> COMMENT_LINES = List.of(
            "This is exactly what I expected to happen.", "Who is paying for all of this?",
            "Great reporting, thank you.", "I don't believe a word of it.",
            "The real story is what they are not telling us.", "Same thing happened ten years ago.",
            "Can someone explain what this means for ordinary people?", "About time somebody said it.");
    private static final List<String> USERS = List.of(
            "reader_42", "mike.t", "Concerned Citizen", "anna_k", "northside", "J. Walsh", "oldtimer", "truthseeker9");

    private Furniture() {
    }

    static String ad(Random rnd) {
        return pick(rnd, ADS);
    }

    static String comments(Random rnd) {
        int n = 2 + rnd.nextInt(5);
        StringBuilder b = new StringBuilder("Comments (" + n + ")\n\nLog in to comment\n\n");
        for (int i = 0; i < n; i++) {
            b.append(pick(rnd, USERS)).append('\n').append(1 + rnd.nextInt(23)).append(" hours ago\n")
                    .append(pick(rnd, COMMENT_LINES)).append("\nReply · Like\n\n");
        }
        return b.toString().strip();
    }

    /** Headlines made from other sentences of the story, the way "related" boxes look. */
    static String related(Random rnd, List<String> sentences) {
        StringBuilder b = new StringBuilder("Related articles\n\n");
        int n = 2 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            String[] w = pick(rnd, sentences).split("\\s+");
            int len = Math.min(w.length, 5 + rnd.nextInt(5));
            b.append(String.join(" ", java.util.Arrays.copyOf(w, len)).replaceAll("[,.;:]+$", "")).append('\n');
        }
        return b.append("Read more").toString();
    }

    static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
