package dev.syndiff.core.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words that change what is claimed when swapped: each lexicon line lists classes separated by
 * '|', each class holding equivalent phrases separated by '/'. A swap across classes of one line
 * ("around" for "more than", "still" for "always", "rejected" for "accepted") is a meaning change.
 */
final class MeaningShifts {
    private static final List<String> RAW = Lexicon.lines("meaning-shifts.txt");
    /** Lines marked "n:" hedge a quantity: "about" before a number, not "about pensions". */
    private static final boolean[] QUANTITY = quantityLines();
    private static final List<List<List<String[]>>> LINES = load();
    /**
     * For each word, the lines (as bits) holding a phrase that starts with it: only a line with a
     * phrase starting with a word of each run can find a class in both. Null past 64 lines.
     */
    private static final java.util.Map<String, Long> FIRST_WORDS = firstWords();

    private MeaningShifts() {
    }

    /** A description of the swap between the two word runs, or null if there is none. */
    static String swap(List<String> a, List<String> b, boolean beforeNumber) {
        if (FIRST_WORDS == null) {
            return swapScanned(a, b, beforeNumber);
        }
        long candidates = lines(a) & lines(b);
        for (long rest = candidates; rest != 0; rest &= rest - 1) {
            String found = swapOn(Long.numberOfTrailingZeros(rest), a, b, beforeNumber);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** {@link #swap} trying every line (tests compare both ways). */
    static String swapScanned(List<String> a, List<String> b, boolean beforeNumber) {
        for (int l = 0; l < LINES.size(); l++) {
            String found = swapOn(l, a, b, beforeNumber);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String swapOn(int l, List<String> a, List<String> b, boolean beforeNumber) {
        List<List<String[]>> line = LINES.get(l);
        if (QUANTITY[l] && !beforeNumber) {
            return null;
        }
        int ca = classOf(line, a);
        int cb = classOf(line, b);
        if (ca >= 0 && cb >= 0 && ca != cb) {
            return "\u2018" + phrase(line.get(cb), b) + "\u2019 where the counterpart has \u2018" + phrase(line.get(ca), a) + "\u2019";
        }
        return null;
    }

    private static long lines(List<String> words) {
        long out = 0;
        for (String w : words) {
            Long bits = FIRST_WORDS.get(w);
            if (bits != null) {
                out |= bits;
            }
        }
        return out;
    }

    private static java.util.Map<String, Long> firstWords() {
        if (LINES.size() > Long.SIZE) {
            return null;
        }
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (int l = 0; l < LINES.size(); l++) {
            for (List<String[]> cls : LINES.get(l)) {
                for (String[] phrase : cls) {
                    out.merge(phrase[0], 1L << l, (x, y) -> x | y);
                }
            }
        }
        return out;
    }

    private static boolean[] quantityLines() {
        boolean[] out = new boolean[RAW.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = RAW.get(i).startsWith("n:");
        }
        return out;
    }

    private static int classOf(List<List<String[]>> line, List<String> words) {
        for (int c = 0; c < line.size(); c++) {
            for (String[] phrase : line.get(c)) {
                if (indexOf(words, phrase) >= 0) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static String phrase(List<String[]> cls, List<String> words) {
        for (String[] p : cls) {
            if (indexOf(words, p) >= 0) {
                return String.join(" ", p);
            }
        }
        return "";
    }

    private static int indexOf(List<String> words, String[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= words.size(); i++) {
            for (int k = 0; k < phrase.length; k++) {
                if (!words.get(i + k).equals(phrase[k])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<List<List<String[]>>> load() {
        List<List<List<String[]>>> out = new ArrayList<>();
        for (String raw : RAW) {
            String line = raw.startsWith("n:") ? raw.substring(2) : raw;
            List<List<String[]>> classes = new ArrayList<>();
            for (String cls : line.split("\\|")) {
                classes.add(Arrays.stream(cls.split("/")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.split("\\s+")).toList());
            }
            out.add(classes);
        }
        return out;
    }
}
