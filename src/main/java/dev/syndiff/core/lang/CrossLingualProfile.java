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
    /** 0: no quotation, 1: a quote and words around it (an attribution), 2: all quoted. */
    final int quoteShape;
    private static final String QUOTE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F";

    private CrossLingualProfile(String text, String lang, List<Token> tokens, List<Anchor> anchors) {
        this.text = text;
        this.lang = lang;
        this.tokens = tokens;
        this.anchors = anchors;
        this.keys = new AnchorKeys(anchors, !mostlyHan(text));
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            String w = Tokens.fold(t.text().toLowerCase(Locale.ROOT));
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                words.add(w);
            }
        }
        this.wordKeys = AnchorKeys.hashes(words);
        this.letters = letters(text);
        this.englishLength = AnchorSimilarity.englishLength(letters, lang);
        this.quoteShape = quoteShape(text);
    }

    /**
     * Letters, digits and vowel signs: Devanagari and other Indic scripts write most vowels as
     * combining marks ("लिंडनपोर्ट" has 6 letters and 4 vowel signs), which a Latin spelling counts
     * as letters. Arabic and Hebrew marks are optional pointing (shadda, tanween), not counted.
     */
    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += Character.isLetterOrDigit(c) || isVowelSign(c) ? 1 : 0;
        }
        return n;
    }

    private static boolean isVowelSign(char c) {
        int type = Character.getType(c);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.ARABIC && script != Character.UnicodeScript.HEBREW
                && script != Character.UnicodeScript.SYRIAC && script != Character.UnicodeScript.INHERITED;
    }

    /** Most letters are Chinese characters (Chinese, or Japanese kanji): names there give no keys. */
    static final int HAN_FLOOR = 0x2E80;

    static boolean mostlyHan(String text) {
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                // no Han letter lies below U+2E80 (CJK radicals): most letters skip the script table
                if (c >= HAN_FLOOR && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                } else {
                    other++;
                }
            }
            i += Character.charCount(c);
        }
        return han > other;
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

    /** Letters, digits and combining marks in the sentence: the length measure used across languages. */
    public int letters() {
        return letters;
    }
}
