package dev.syndiff.core.lang;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compares personal and place names across scripts and transliteration schemes.
 *
 * <p>ICU "Any-Latin; Latin-ASCII" turns a name into ASCII, but not into the spelling an English
 * wire uses: Arabic Putin comes out "bwtyn", Devanagari "putina", Russian "Zelenskij". So names
 * are compared by a consonant skeleton after transliteration, never by their letters:
 * <ul>
 *   <li><b>strict</b> ({@link #of}): lower-case ASCII, vowels (a e i o u y), h, and j after a
 *       w after a vowel dropped ("Darrow" = "Darrou"), doubled letters collapsed. "Vladimir" and "Volodymyr" are both "vldmr".</li>
 *   <li><b>loose</b> ({@link #loose}): the strict skeleton with similar consonants merged
 *       (b p v f w, l r, c k q g x, s z, d t; j, and w before no vowel, treated as vowels): "Malen
 *       Kobal" and "Maren Koval" are both "mrn kbr"; Arabic "bwtyn" and "Putin" are both "btn".</li>
 * </ul>
 */
public final class NameSkeleton {
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Map<String, String> LATIN_CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern NON_PARTS = Pattern.compile("[^a-z.]+");
    private static final Pattern SIGNS = Pattern.compile("(?<=\\p{L})['\"\u02B9\u02BA](?=\\p{L})");

    /** How two names relate, from identical to different. */
    public enum Match { SAME, STRICT, LOOSE, DIFFERENT }

    private NameSkeleton() {}

    /** The strict skeleton of a name; parts separated by one space. */
    public static String of(String name) {
        return skeleton(name, false);
    }

    /** The loose skeleton of a name; parts separated by one space. */
    public static String loose(String name) {
        return skeleton(name, true);
    }

    /** True when the names are the same person or place by the loose comparison. */
    public static boolean sameName(String a, String b) {
        return compare(a, b) != Match.DIFFERENT;
    }

    /** True when the names agree by the strict skeleton (a transliteration variant at most). */
    public static boolean sameNameStrict(String a, String b) {
        Match m = compare(a, b);
        return m == Match.SAME || m == Match.STRICT;
    }

    /**
     * Compares name parts: the last parts (surnames) must agree; first parts must agree too when
     * both names have them, an initial ("V.") agreeing with any part that starts with its letter.
     */
    public static Match compare(String a, String b) {
        String[] pa = NON_PARTS.split(toLatin(a).toLowerCase(Locale.ROOT));
        String[] pb = NON_PARTS.split(toLatin(b).toLowerCase(Locale.ROOT));
        pa = trim(pa);
        pb = trim(pb);
        if (pa.length == 0 || pb.length == 0) {
            return Match.DIFFERENT;
        }
        if (String.join(" ", pa).replace(".", "").equals(String.join(" ", pb).replace(".", ""))) {
            return Match.SAME;
        }
        Match last = part(pa[pa.length - 1], pb[pb.length - 1]);
        if (last == Match.DIFFERENT || pa.length == 1 || pb.length == 1) {
            return last;
        }
        Match first = part(pa[0], pb[0]);
        return first.ordinal() > last.ordinal() ? first : last;
    }

    private static Match part(String a, String b) {
        String x = a.replace(".", "");
        String y = b.replace(".", "");
        if (x.equals(y)) {
            return Match.SAME;
        }
        if (a.endsWith(".") || b.endsWith(".") || x.length() == 1 || y.length() == 1) {
            return !x.isEmpty() && !y.isEmpty() && x.charAt(0) == y.charAt(0) ? Match.STRICT : Match.DIFFERENT;
        }
        String sx = consonants(x, false);
        String sy = consonants(y, false);
        if (sx.length() >= 2 && sx.equals(sy)) {
            return Match.STRICT;
        }
        String lx = consonants(x, true);
        String ly = consonants(y, true);
        return lx.length() >= 2 && lx.equals(ly) ? Match.LOOSE : Match.DIFFERENT;
    }

    private static String[] trim(String[] parts) {
        return Arrays.stream(parts).filter(p -> !p.replace(".", "").isEmpty()).toArray(String[]::new);
    }

    /** ASCII Latin form of any script ("Зеленский" → "Zelenskij"); ASCII input is returned as is. */
    public static String toLatin(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        String hit = LATIN_CACHE.get(s);
        if (hit == null) {
            synchronized (TO_LATIN) { // ICU does not promise that transliterate() is thread-safe
                hit = TO_LATIN.transliterate(s);
            }
            // Cyrillic soft and hard signs come out as ' and ": not a break inside a name ("Kessel'burg")
            hit = SIGNS.matcher(hit).replaceAll("");
            if (LATIN_CACHE.size() > CACHE_LIMIT) {
                LATIN_CACHE.clear();
            }
            LATIN_CACHE.put(s, hit);
        }
        return hit;
    }

    private static String skeleton(String name, boolean loose) {
        String[] parts = NON_LETTERS.split(toLatin(name).toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            String c = consonants(p, loose);
            if (!c.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(c);
            }
        }
        return out.toString();
    }

    /** The consonant skeleton of one lower-case ASCII word. */
    static String consonants(String word, boolean loose) {
        StringBuilder b = new StringBuilder(word.length());
        char prevLetter = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = c;
            // loose: a w before no vowel is a long vowel, as Arabic writes o and u ("mwrw" = Morrow)
            boolean vowelW = loose && c == 'w' && (i + 1 == word.length() || !isVowel(word.charAt(i + 1)));
            if (isVowel(c) || c == 'h' || (c == 'j' || c == 'w') && isVowel(prevLetter) || c == 'j' && loose || vowelW) {
                k = 0;
            } else if (loose) {
                k = looseClass(c);
            }
            prevLetter = c;
            if (k != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != k)) {
                b.append(k);
            }
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static char looseClass(char c) {
        return switch (c) {
            case 'p', 'v', 'f', 'w' -> 'b';
            case 'l' -> 'r';
            case 'c', 'q', 'g', 'x' -> 'k';
            case 'z' -> 's';
            case 'd' -> 't';
            default -> c;
        };
    }
}
