package dev.syndiff.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence-level edits a copy desk (or a careless scraper) makes to a wire story. */
final class Perturbations {
    /** Generic reporting-word swaps, both ways; nothing here names the seed stories. */
    private static final String[][] SWAPS = {
        {"said", "stated"}, {"told", "informed"}, {"about", "around"}, {"but", "however"},
        {"also", "additionally"}, {"warned", "cautioned"}, {"added", "went on to say"},
        {"would", "will"}, {"could", "might"}, {"after", "following"}, {"many", "numerous"},
        {"big", "large"}, {"on Monday", "this Monday"}, {"is", "was"}, {"has", "had"},
        {"before", "prior to"}, {"help", "assist"}, {"start", "begin"}, {"show", "demonstrate"}};
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{8,})[”\"]");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final List<String> QUOTE_WORDS = List.of("never", "really", "always", "not", "absolutely", "simply");

    private static final java.util.Set<String> OPENERS = java.util.Set.of(
            "The", "A", "An", "It", "He", "She", "They", "We", "But", "In", "On", "At", "This", "That");

    private Perturbations() {
    }

    /** Swaps one or two reporting words, or turns the sentence round its first comma. */
    static String paraphrase(Random rnd, String s) {
        String out = s;
        int tries = 1 + rnd.nextInt(2);
        for (int t = 0; t < tries; t++) {
            String[] pair = SWAPS[rnd.nextInt(SWAPS.length)];
            boolean forward = rnd.nextBoolean();
            String from = forward ? pair[0] : pair[1];
            String to = forward ? pair[1] : pair[0];
            out = out.replaceFirst("\\b" + Pattern.quote(from) + "\\b", Matcher.quoteReplacement(to));
        }
        int comma = out.indexOf(", ");
        if (out.equals(s) && comma > 10 && comma < out.length() - 12 && !QUOTE.matcher(out).find()) {
            String head = out.substring(0, comma);
            String tail = out.substring(comma + 2).replaceAll("[.!?]$", "");
            out = Character.toUpperCase(tail.charAt(0)) + tail.substring(1) + ", " + lowerFirst(head) + ".";
        }
        return out;
    }

    /** Changes a word inside the first quotation, the damage that matters most. */
    static String alterQuote(Random rnd, String s) {
        Matcher m = QUOTE.matcher(s);
        if (!m.find()) {
            return s;
        }
        List<String> words = new ArrayList<>(Arrays.asList(m.group(1).split(" ")));
        int i = rnd.nextInt(words.size());
        switch (rnd.nextInt(3)) {
            case 0 -> words.remove(i);
            case 1 -> words.add(i, Furniture.pick(rnd, QUOTE_WORDS));
            default -> words.set(i, Furniture.pick(rnd, QUOTE_WORDS));
        }
        if (words.isEmpty()) {
            return s;
        }
        return s.substring(0, m.start(1)) + String.join(" ", words) + s.substring(m.end(1));
    }

    static boolean hasQuote(String s) {
        return QUOTE.matcher(s).find();
    }

    /** "the the": a word typed twice. */
    static String doubleWord(Random rnd, String s) {
        String[] w = s.split(" ");
        if (w.length < 3) {
            return s;
        }
        int i = 1 + rnd.nextInt(w.length - 2);
        List<String> out = new ArrayList<>(Arrays.asList(w));
        out.add(i, w[i].replaceAll("[,.;:]+$", ""));
        return String.join(" ", out);
    }

    /** Shifts every number by {@code delta}, so repeated passages are not verbatim twins. */
    static String shiftNumbers(String s, int delta) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            String repl = digits.length() > 9 ? digits : Long.toString(Long.parseLong(digits) + delta);
            m.appendReplacement(b, repl);
        }
        return m.appendTail(b).toString();
    }

    private static String lowerFirst(String s) {
        // only sentence-initial function words: a lower-cased name would be a new error
        String first = s.split(" ", 2)[0];
        return OPENERS.contains(first) ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
