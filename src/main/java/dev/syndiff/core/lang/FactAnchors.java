package dev.syndiff.core.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Extracts language-independent anchors (numbers, percentages, years, dates, months, weekdays,
 * times, names) from a sentence, so that a sentence and its translation yield the same keys.
 * One instance per language ({@link #forLanguage}); instances are immutable and thread-safe.
 *
 * <p>Names are capitalised words that are not sentence-initial function words, keyed by their
 * loose consonant skeleton after transliteration to Latin ({@link NameSkeleton}). Scripts without
 * case (Arabic, Chinese, Hindi...) give NAME anchors only for Latin words inside them. German
 * capitalises every noun, so there a lone capitalised word is only a MAYBE_NAME (it counts when
 * the other sentence has it) and only runs of capitalised words ("Osk Varga") are sure names.
 */
public final class FactAnchors {
    private static final Map<String, FactAnchors> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> NOUN_CAPITALISING = Set.of("de", "lb");
    private static final String SENTENCE_OPENERS = ".!?:;\"'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A([\u2014\u2013-\n\r\u2022*";

    private static final Pattern DAY = Pattern.compile("NUM:([1-9]|[12]\\d|3[01])");
    /** Between day and month: spaces, a dot or comma, or one short word ("de", "of"). */
    private static final Pattern DAY_MONTH_GAP = Pattern.compile("[\\s.,]*(\\p{L}{1,3}[\\s.,]+)?");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]");
    private final String lang;
    private final NumberAnchors numbers;
    private final CalendarWords calendar;
    private final Set<String> functionWords;
    private final Set<String> articles;

    private FactAnchors(String lang) {
        this.lang = lang;
        this.numbers = new NumberAnchors(lang);
        this.calendar = CalendarWords.of(lang);
        this.functionWords = Lexicon.FUNCTION_WORDS.set(lang);
        this.articles = Lexicon.ARTICLES.set(lang);
    }

    /** The extractor for an ISO 639-1 language ("und" or null: digits and names only). */
    public static FactAnchors forLanguage(String lang) {
        String l = lang == null || lang.isBlank() ? LanguageGuess.UNDETERMINED : lang.strip().toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(l, FactAnchors::new);
    }

    /** True for languages that capitalise all nouns, where NAME anchors are weak evidence. */
    public static boolean capitalisesNouns(String lang) {
        return NOUN_CAPITALISING.contains(lang);
    }

    public String language() {
        return lang;
    }

    /** Anchors of {@code text} in text order (by start, then end). */
    public List<Anchor> extract(String text) {
        return extract(text, Tokens.of(text, lang));
    }

    /** As {@link #extract(String)} with the tokens of {@code text} already at hand. */
    public List<Anchor> extract(String text, List<Token> toks) {
        List<Anchor> out = new ArrayList<>();
        boolean[] used = new boolean[toks.size()];
        boolean titleCase = !capitalisesNouns(lang) && titleCase(toks);
        Anchor.Kind[] names = new Anchor.Kind[toks.size()];
        numbers.datesAndTimes(text, toks, used, out);
        for (int i = 0; i < toks.size(); i++) {
            if (used[i]) {
                continue;
            }
            Token t = toks.get(i);
            if (Character.isDigit(t.text().codePointAt(0))) {
                i = numbers.digits(text, toks, i, used, out);
                continue;
            }
            int last = numbers.words(text, toks, i, used, out);
            if (last >= 0) {
                i = last;
                continue;
            }
            CalendarWords.Entry cal = calendar.lookup(t.text());
            if (isMonthSuffix(toks, i)) { // "3月", "3월": CJK months are numbered
                Token n = toks.get(i - 1);
                out.add(new Anchor(Anchor.Kind.MONTH, "MONTH:" + Integer.parseInt(n.norm()), n.start(), t.end()));
                used[i] = true;
            } else if (cal != null && (!cal.needsNumber() || besideNumber(toks, i))) {
                Anchor.Kind kind = cal.key().startsWith("MONTH") ? Anchor.Kind.MONTH : Anchor.Kind.WEEKDAY;
                out.add(new Anchor(kind, cal.key(), t.start(), t.end()));
                used[i] = true;
            } else {
                names[i] = nameKind(text, toks, i, titleCase);
            }
        }
        addNames(text, toks, names, used, out);
        addDayMonthDates(text, out);
        out.sort(Comparator.comparingInt(Anchor::start).thenComparingInt(Anchor::end));
        return out;
    }

    /**
     * Names from the candidates, run by run (capitalised words separated by spaces only). In a
     * run of 3+ words all but the last two are MAYBE_NAME: they are mostly titles ("Transport
     * Minister Osk Varga", "Verkehrsminister Osk Varga"). A lone capitalised word in German is a
     * MAYBE_NAME, since German capitalises every noun; so is a whole run after an article or a number
     * ("einer Woche Obst", "zwei Tagen Starkregen") and the first word of a run opening a sentence
     * ("Beim Verlassen", "Gewerkschaftschefin Ilse Darrow").
     */
    private void addNames(String text, List<Token> toks, Anchor.Kind[] names, boolean[] used, List<Anchor> out) {
        for (int i = 0; i < toks.size(); i++) {
            if (names[i] == null) {
                continue;
            }
            int end = i;
            while (end + 1 < toks.size() && names[end + 1] != null
                    && text.substring(toks.get(end).end(), toks.get(end + 1).start()).isBlank()) {
                end++;
            }
            int from = i;
            if (capitalisesNouns(lang) && sentenceInitial(text, toks.get(i).start())) {
                addName(toks.get(i), Anchor.Kind.MAYBE_NAME, out); // "Beim Verlassen": the first word may be any noun
                from = i + 1;
            }
            int run = end - from + 1;
            boolean nounRun = capitalisesNouns(lang) && from == i && i > 0
                    && (used[i - 1] || articles.contains(Tokens.normalise(toks.get(i - 1).text(), "und")));
            for (int k = from; k <= end; k++) {
                boolean weak = run >= 3 && k < end - 1 || run == 1 && capitalisesNouns(lang) || nounRun;
                addName(toks.get(k), weak ? Anchor.Kind.MAYBE_NAME : names[k], out);
            }
            i = end;
        }
    }

    private static void addName(Token t, Anchor.Kind kind, List<Anchor> out) {
        String key = nameKey(t.text());
        if (!key.isEmpty()) {
            out.add(new Anchor(kind, "NAME:" + key, t.start(), t.end()));
        }
    }

    /** "3. März", "March 3", "3 de marzo", "le 3 mars": a day 1..31 next to a month gives a DATE. */
    private static void addDayMonthDates(String text, List<Anchor> out) {
        List<Anchor> dates = new ArrayList<>();
        for (Anchor m : out) {
            if (m.kind() != Anchor.Kind.MONTH) {
                continue;
            }
            for (Anchor n : out) {
                if (n.kind() != Anchor.Kind.NUMBER || !DAY.matcher(n.key()).matches()) {
                    continue;
                }
                String gap = n.end() <= m.start() ? text.substring(n.end(), m.start())
                        : m.end() <= n.start() ? text.substring(m.end(), n.start()) : null;
                if (gap != null && gap.length() <= 5 && DAY_MONTH_GAP.matcher(gap).matches()) {
                    String day = n.key().substring(4);
                    dates.add(new Anchor(Anchor.Kind.DATE, "DATE:" + m.key().substring(6) + "-" + day,
                            Math.min(m.start(), n.start()), Math.max(m.end(), n.end())));
                    break;
                }
            }
        }
        out.addAll(dates);
    }

    private static boolean isMonthSuffix(List<Token> toks, int i) {
        String w = toks.get(i).text();
        if (i == 0 || !(w.equals("\u6708") || w.equals("\uC6D4")) || toks.get(i - 1).end() != toks.get(i).start()) {
            return false;
        }
        String n = toks.get(i - 1).norm();
        return n.matches("[1-9]|1[0-2]");
    }

    private static boolean besideNumber(List<Token> toks, int i) {
        return i > 0 && toks.get(i - 1).isNumber() || i + 1 < toks.size() && toks.get(i + 1).isNumber();
    }

    /**
     * NAME for a capitalised word inside a sentence; MAYBE_NAME for a capitalised first word
     * (or any capitalised word of a title-case headline); null for other words and function words.
     */
    private Anchor.Kind nameKind(String text, List<Token> toks, int i, boolean titleCase) {
        String w = toks.get(i).text();
        int c = w.codePointAt(0);
        if (w.length() < 2 || !(Character.isUpperCase(c) || Character.isTitleCase(c))
                || functionWords.contains(Tokens.normalise(w, "und"))) {
            return null;
        }
        if (!sentenceInitial(text, toks.get(i).start())) {
            return titleCase ? Anchor.Kind.MAYBE_NAME : Anchor.Kind.NAME;
        }
        // A first word is a sure name only in a run of capitalised words ("Maren Koval said").
        boolean run = i + 1 < toks.size() && text.substring(toks.get(i).end(), toks.get(i + 1).start()).isBlank()
                && Character.isUpperCase(toks.get(i + 1).text().codePointAt(0))
                && !functionWords.contains(Tokens.normalise(toks.get(i + 1).text(), "und"));
        return run && !titleCase ? Anchor.Kind.NAME : Anchor.Kind.MAYBE_NAME;
    }

    /** A title-case headline (every word of 4+ letters capitalised): capitals there do not mark names. */
    private static boolean titleCase(List<Token> toks) {
        int words = 0;
        int capitalised = 0;
        for (Token t : toks) {
            if (t.text().length() >= 4 && Character.isLetter(t.text().codePointAt(0))) {
                words++;
                capitalised += Character.isUpperCase(t.text().codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised == words;
    }

    private static boolean sentenceInitial(String text, int start) {
        int j = start - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j--;
        }
        return j < 0 || SENTENCE_OPENERS.indexOf(text.charAt(j)) >= 0;
    }

    /**
     * The loose skeleton when it has 3+ consonants ("Zelensky", "Putin"); shorter ones collide
     * too often ("Pell" and "Veyra" are both "br"), so those use the strict skeleton, and
     * vowel-only words ("EU") their lower-case Latin form.
     */
    static String nameKey(String word) {
        String w = word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() >= 5 && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1); // "Transports", "Terminals": plurals of titles and firms
        }
        String key = NameSkeleton.loose(w).replace(" ", "");
        if (key.length() < 3) {
            key = NameSkeleton.of(w).replace(" ", "");
        }
        if (key.length() < 2) {
            key = NON_LETTERS.matcher(NameSkeleton.toLatin(w).toLowerCase(Locale.ROOT)).replaceAll("");
        }
        return key;
    }
}
