package dev.syndiff.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a stretch of text into trimmed sentence spans: ICU's sentence BreakIterator, then merge
 * rules where it fails on news text: a lower-case continuation after a closing quote
 * ('...?” he asked.'), abbreviations from the per-language lists ("Mr.", "Jan. 28", "U.S. Army"),
 * initials ("Christi C. Elwood"), ordinals before a month ("3. März") and bare list numbers.
 * A line break inside a hard-wrapped paragraph is read as a space. Thread-safe.
 */
public final class SentenceSplitter {
    /** A wrapped line is at least this long; a shorter unpunctuated line ends where it stops. */
    static final int WRAP_WIDTH = 40;
    /** The scorer and the aligner treat anything longer as not a sentence. */
    static final int MAX_CHARS = 600;

    private static final Map<String, SentenceSplitter> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** ICU iterators are not thread-safe and costly to clone: one per thread. */
    private final ThreadLocal<BreakIterator> icu;
    private final String language;
    /** ICU's rule source for the locale: most locales share the root's, and then split alike. */
    private final String rules;

    /** A splitter with ICU's root rules, for text whose language is not known yet. */
    public SentenceSplitter() {
        this(ULocale.ROOT, "und");
    }

    private SentenceSplitter(ULocale locale, String language) {
        this.icu = ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(locale));
        this.language = language;
        this.rules = BreakIterator.getSentenceInstance(locale).toString();
    }

    /** True when both follow the same ICU rules (the merge rules are the same for all). */
    public boolean splitsLike(SentenceSplitter other) {
        return rules.equals(other.rules);
    }

    /**
     * The splitter for a language (ISO 639-1; "und" for the root rules): ICU's sentence rules for
     * that locale (Greek ends a question with ";"), then this class's merge rules. ICU's CLDR
     * abbreviation filter ({@code ss=standard}) is not used: in German it keeps "Er kam. „Nein“"
     * and "Ardmoor. „Zur …" as one sentence. Shared and thread-safe.
     */
    public static SentenceSplitter forLanguage(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("und")) {
            return BY_LANGUAGE.computeIfAbsent("und", l -> new SentenceSplitter());
        }
        return BY_LANGUAGE.computeIfAbsent(lang, l -> new SentenceSplitter(new ULocale(l), l));
    }

    /** The language whose rules this splitter follows ("und": ICU's root rules). */
    public String language() {
        return language;
    }

    public List<Span> split(String text, Span region) {
        String part = region.of(text);
        BreakIterator it = icu.get();
        it.setText(unwrap(part));
        List<int[]> raw = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Chars.isSpace(part.charAt(s))) s++;
            while (e > s && Chars.isSpace(part.charAt(e - 1))) e--;
            if (e > s) raw.add(new int[] {s, e});
        }
        List<Span> out = new ArrayList<>();
        int[] cur = null;
        for (int[] r : raw) {
            if (cur != null && joins(part.substring(cur[0], cur[1]), part.substring(r[0], r[1]))) {
                cur[1] = r[1];
                continue;
            }
            if (cur != null) out.add(new Span(region.start() + cur[0], region.start() + cur[1]));
            cur = r;
        }
        if (cur != null) out.add(new Span(region.start() + cur[0], region.start() + cur[1]));
        List<Span> capped = new ArrayList<>(out.size());
        for (Span sp : out) cap(text, sp, capped);
        return capped;
    }

    /**
     * A "sentence" over {@value #MAX_CHARS} chars is text without stops (a list, a wrapped block):
     * split it at the best boundary near its middle (line break, then ; :, then a comma, then a space).
     */
    private static void cap(String text, Span sp, List<Span> out) {
        if (sp.length() <= MAX_CHARS) {
            out.add(sp);
            return;
        }
        int cut = -1;
        for (String marks : new String[] {"\n\r\u2028\u2029", ";:", ",\u060C", " "}) {
            cut = nearestMiddle(text, sp, marks);
            if (cut > 0) break;
        }
        if (cut <= 0) cut = sp.start() + sp.length() / 2;
        if (Character.isLowSurrogate(text.charAt(cut))) cut++;
        int e = cut;
        while (e > sp.start() && Chars.isSpace(text.charAt(e - 1))) e--;
        int s = cut;
        while (s < sp.end() && Chars.isSpace(text.charAt(s))) s++;
        if (e > sp.start()) cap(text, new Span(sp.start(), e), out);
        if (sp.end() > s) cap(text, new Span(s, sp.end()), out);
    }

    /** The position just after the mark nearest the middle of the span, or -1. */
    private static int nearestMiddle(String text, Span sp, String marks) {
        int mid = sp.start() + sp.length() / 2;
        for (int d = 0; d < sp.length() / 2 - 1; d++) {
            for (int at : new int[] {mid - d, mid + d}) {
                if (at > sp.start() && at < sp.end() - 1 && marks.indexOf(text.charAt(at)) >= 0) return at + 1;
            }
        }
        return -1;
    }

    /** Line breaks inside a wrapped paragraph become spaces (same length, so offsets hold). */
    static String unwrap(String part) {
        char[] c = part.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < c.length; i++) {
            if (!Chars.isLineBreak(c[i])) continue;
            String before = part.substring(lineStart, i).strip();
            int j = i + 1;
            while (j < c.length && Chars.isSpace(c[j])) j++;
            boolean nextLower = j < c.length && Character.isLowerCase(c[j]);
            if (!before.isEmpty() && !Chars.endsSentence(before) && (nextLower || before.length() >= WRAP_WIDTH)) {
                c[i] = ' ';
            }
            lineStart = i + 1;
        }
        return new String(c);
    }

    /** Whether ICU's break between sentences a and b is wrong. */
    static boolean joins(String a, String b) {
        if (a.length() <= 4 && a.chars().noneMatch(Character::isLetter)) return true;
        int first = Chars.firstLetterOrDigit(b);
        if (first == 0) return false;
        String word = firstWord(b);
        boolean bLower = Character.isLowerCase(first);
        boolean bDigit = Character.isDigit(first);
        if (bLower && startsWithWord(b)) return true;
        String tok = lastToken(a);
        if (!tok.endsWith(".")) return false;
        Abbreviations.Kind kind = Abbreviations.kind(tok);
        boolean capital = Character.isUpperCase(first) && !Abbreviations.starter(word);
        if (kind == Abbreviations.Kind.ALWAYS) return true;
        if (kind == Abbreviations.Kind.BEFORE_NUMBER) return bDigit;
        if (kind == Abbreviations.Kind.AMBIGUOUS) return bDigit || bLower || capital;
        if (tok.length() == 2 && Character.isUpperCase(tok.charAt(0))) return capital && nameBefore(a, tok);
        if (tok.length() <= 3 && Character.isDigit(tok.charAt(0)) && tok.chars().limit(tok.length() - 1).allMatch(Character::isDigit)) {
            return Lexicons.MONTHS.contains(Lexicon.norm(word).replace(".", ""));
        }
        return false;
    }

    /** b opens with a word (after quotes or brackets), not with a list mark or a symbol. */
    private static boolean startsWithWord(String b) {
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isLetter(c)) return true;
            if (!Chars.isOpener(c) && !Chars.isSpace(c) && !Chars.isDash(c)) return false;
        }
        return false;
    }

    /** The initial follows a capitalised word or another initial, or stands first ("J. Smith"). */
    private static boolean nameBefore(String a, String tok) {
        String head = a.substring(0, a.length() - tok.length()).strip();
        if (head.isEmpty()) return true;
        String prev = lastToken(head);
        return !prev.isEmpty() && Character.isUpperCase(prev.charAt(0)) && !Chars.endsSentence(prev)
                || prev.length() == 2 && prev.endsWith(".");
    }

    private static String lastToken(String s) {
        int i = s.length();
        while (i > 0 && !Chars.isSpace(s.charAt(i - 1))) i--;
        int j = i;
        while (j < s.length() && (Chars.isOpener(s.charAt(j)) || Chars.isDash(s.charAt(j)))) j++;
        return s.substring(j);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
        return s.substring(i, j);
    }
}
