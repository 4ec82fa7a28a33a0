package dev.syndiff.core.classify;

import com.ibm.icu.text.Transliterator;

/**
 * Compares spellings of a name: "Kobal"/"Koval" and "Vladimir"/"Volodymyr" are one name spelled
 * two ways. Names are transliterated to Latin, then compared by edit distance and by their
 * consonant skeleton (transliteration changes vowels far more than consonants).
 */
final class Names {
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Names() {
    }

    static boolean similar(String a, String b) {
        String x = ascii(a);
        String y = ascii(b);
        if (x.equals(y) || x.length() < 4 || y.length() < 4 || commonPrefix(x, y) >= Math.min(x.length(), y.length()) - 1) {
            return false;
        }
        if (x.charAt(0) != y.charAt(0) && skeleton(x).equals(skeleton(y)) == false) {
            return false;
        }
        int d = distance(x, y);
        return d <= Math.max(1, Math.min(x.length(), y.length()) / 4) || skeleton(x).equals(skeleton(y));
    }

    /** "Ukraine"/"Ukrainian": a derived word, not another spelling. */
    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    static String ascii(String s) {
        synchronized (LATIN) {
            return LATIN.transliterate(s).toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String skeleton(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("aeiouy".indexOf(c) < 0 && Character.isLetter(c) && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
