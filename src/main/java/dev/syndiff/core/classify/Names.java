package dev.syndiff.core.classify;

import dev.syndiff.core.lang.NameSkeleton;

/**
 * Whether two words are one name spelled two ways ("Kobal"/"Koval", "Vladimir"/"Volodymyr"):
 * core.lang's consonant-skeleton comparison, minus derived words ("Ukraine"/"Ukrainian").
 */
final class Names {
    private Names() {
    }

    static boolean similar(String a, String b) {
        String x = NameSkeleton.toLatin(a).toLowerCase(java.util.Locale.ROOT);
        String y = NameSkeleton.toLatin(b).toLowerCase(java.util.Locale.ROOT);
        if (x.equals(y) || x.length() < 4 || y.length() < 4 || commonPrefix(x, y) >= Math.min(x.length(), y.length()) - 1) {
            return false;
        }
        NameSkeleton.Match m = NameSkeleton.compare(a, b);
        return m == NameSkeleton.Match.STRICT || m == NameSkeleton.Match.LOOSE;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
