package dev.syndiff.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the cross-language scorers need from one sentence, computed once (tens to hundreds
 * of microseconds): its tokens, its anchors, and their keys as sorted 64-bit hashes, so that
 * comparing two profiles is a merge of short arrays. Immutable and thread-safe.
 */
public final class CrossLingualProfile {
    private final String text;
    private final String lang;
    private final List<Token> tokens;
    private final List<Anchor> anchors;
    private final int letters;
    final AnchorKeys keys;
    /** Lower-case words of 4+ letters as written: names and cognates a translator leaves alone. */
    final long[] wordKeys;
    final double englishLength;
    /** Mostly in a script without case (Arabic, Hebrew, Devanagari, CJK): it has no name anchors. */
    final boolean caseless;
    /** 0: no quotation, 1: a quote and words around it (an attribution), 2: all quoted. */
    final int quoteShape;
    private static final String QUOTE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F";

    private CrossLingualProfile(String text, String lang, List<Token> tokens, List<Anchor> anchors) {
        this.text = text;
        this.lang = lang;
        this.tokens = tokens;
        this.anchors = anchors;
        this.keys = new AnchorKeys(anchors);
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            String w = Tokens.fold(t.text().toLowerCase(Locale.ROOT));
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                words.add(w);
            }
        }
        this.wordKeys = AnchorKeys.hashes(words);
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
        }
        this.letters = n;
        int cased = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cased += Character.isUpperCase(c) || Character.isLowerCase(c) ? 1 : 0;
        }
        this.caseless = 2 * cased < n;
        this.englishLength = AnchorSimilarity.englishLength(n, lang);
        this.quoteShape = quoteShape(text);
    }

    /** A quotation and its attribution stay such in translation: the shape is evidence. */
    static int quoteShape(String text) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return 0;
        }
        boolean opens = text.substring(0, first).isBlank();
        boolean closes = text.substring(last + 1).chars().noneMatch(Character::isLetterOrDigit);
        return opens && closes && first < last ? 2 : 1;
    }

    /** Profiles a sentence in language {@code lang} (ISO 639-1; "und" or null if unknown). */
    public static CrossLingualProfile of(String text, String lang) {
        FactAnchors extractor = FactAnchors.forLanguage(lang);
        List<Token> tokens = List.copyOf(Tokens.of(text, extractor.language()));
        return new CrossLingualProfile(text, extractor.language(), tokens, List.copyOf(extractor.extract(text, tokens)));
    }

    /**
     * One profile for consecutive sentences of one text (a 1:n alignment), as if their texts were
     * joined by a space: offsets of tokens and anchors are shifted accordingly. No re-analysis.
     */
    public static CrossLingualProfile join(List<CrossLingualProfile> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        for (CrossLingualProfile p : parts) {
            int shift = text.length() == 0 ? 0 : text.length() + 1;
            text.append(text.length() == 0 ? "" : " ").append(p.text);
            p.tokens.forEach(t -> tokens.add(new Token(t.text(), t.norm(), t.start() + shift, t.end() + shift)));
            p.anchors.forEach(a -> anchors.add(new Anchor(a.kind(), a.key(), a.start() + shift, a.end() + shift)));
        }
        return new CrossLingualProfile(text.toString(), parts.get(0).lang, List.copyOf(tokens), List.copyOf(anchors));
    }

    public String text() {
        return text;
    }

    public String language() {
        return lang;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Anchor> anchors() {
        return anchors;
    }

    /** Letters and digits in the sentence: the length measure used across languages. */
    public int letters() {
        return letters;
    }
}
