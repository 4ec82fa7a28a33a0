package dev.syndiff.core.segment;

import dev.syndiff.core.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of generic page-furniture phrases read from {@code dev/syndiff/segment/NAME.txt}
 * (one phrase a line, {@code #} comments). Phrases are matched on normalized text
 * (lower case, straight quotes, single spaces), so the files hold them in any language.
 */
final class Lexicon {
    private final List<String> phrases;
    private final Set<String> set;
    /** The phrases by their first char: a line can start only with those sharing its first. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    private Lexicon(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.set = Set.copyOf(new HashSet<>(phrases));
        for (String p : phrases) {
            if (!p.isEmpty()) byFirst.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p);
        }
    }

    static Lexicon load(String name) {
        List<String> out = new ArrayList<>();
        for (String t : WordLists.read("/dev/syndiff/segment/" + name + ".txt")) {
            out.add(norm(t));
        }
        return new Lexicon(out);
    }

    /** Lower case, typographic quotes and dashes folded, runs of spaces made one, no space before ':'. */
    static String norm(String s) {
        return normalize(s, null);
    }

    /**
     * The raw offset where the first {@code normLen} chars of {@code norm(raw)} end, so a phrase
     * matched in normalized text can be cut from the raw line.
     */
    static int rawOffset(String raw, int normLen) {
        int[] map = new int[raw.length() + 2];
        int len = normalize(raw, map).length();
        return map[Math.min(normLen, len)];
    }

    /** One pass; {@code map[k]} receives the raw index after the k-th normalized char. */
    private static String normalize(String s, int[] map) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isSpace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space && c != ':') {
                b.append(' ');
                if (map != null) map[b.length()] = i;
            }
            space = false;
            if (c == '\u2019' || c == '\u2018' || c == '\u00B4' || c == '`') c = '\'';
            else if (c == '\u201C' || c == '\u201D' || c == '\u201E') c = '"';
            else if (c == '\u2013' || c == '\u2014') c = '-';
            b.append(Character.isSurrogate(c) ? c : Character.toLowerCase(c));
            if (map != null) map[b.length()] = i + 1;
        }
        return b.toString();
    }

    List<String> phrases() {
        return phrases;
    }

    /** The normalized line is exactly one of the phrases (trailing ':' '.' '!' ignored). */
    boolean isWhole(String norm) {
        return set.contains(stripEnd(norm));
    }

    /** The length of the longest phrase the normalized line starts with (at a word edge), or 0. */
    int prefixLength(String norm) {
        List<String> candidates = norm.isEmpty() ? null : byFirst.get(norm.charAt(0));
        return candidates == null ? 0 : longestPrefix(norm, candidates);
    }

    /** {@link #prefixLength} trying every phrase (tests compare both ways). */
    int prefixLengthScanned(String norm) {
        return longestPrefix(norm, phrases);
    }

    private static int longestPrefix(String norm, List<String> phrases) {
        int best = 0;
        for (String p : phrases) {
            if (p.length() > best && norm.startsWith(p) && wordEdge(norm, p.length())) best = p.length();
        }
        return best;
    }

    boolean startsLine(String norm) {
        return prefixLength(norm) > 0;
    }

    /** Some phrase occurs in the normalized text at word edges. */
    boolean occursIn(String norm) {
        for (String p : phrases) {
            int at = norm.indexOf(p);
            while (at >= 0) {
                if ((at == 0 || !Character.isLetterOrDigit(norm.charAt(at - 1))) && wordEdge(norm, at + p.length())) {
                    return true;
                }
                at = norm.indexOf(p, at + 1);
            }
        }
        return false;
    }

    boolean contains(String word) {
        return set.contains(word);
    }

    private static boolean wordEdge(String s, int at) {
        return at >= s.length() || !Character.isLetterOrDigit(s.charAt(at))
                || !Character.isLetterOrDigit(s.charAt(at - 1));
    }

    static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && ":.!|-".indexOf(s.charAt(e - 1)) >= 0 || e > 0 && Chars.isSpace(s.charAt(e - 1))) e--;
        return s.substring(0, e);
    }
}
