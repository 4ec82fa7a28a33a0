package dev.syndiff.core.lang;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Month and weekday names of one language from ICU/CLDR (format and stand-alone forms, wide and
 * abbreviated), so no hand-written lists. Months are 1..12, weekdays ISO 1 = Monday .. 7 = Sunday.
 * Inflected forms ("в пятницу", "Montags") match by stem: the name less a final vowel, 5+ letters.
 */
final class CalendarWords {
    private static final Map<String, CalendarWords> CACHE = new ConcurrentHashMap<>();

    /**
     * One calendar word: its canonical key, whether it needs a number beside it, and whether it is
     * a full name (not an abbreviation), which a capital inside a sentence makes sure ("in early May").
     */
    record Entry(String key, boolean needsNumber, boolean fullName) {}

    private final Map<String, Entry> exact;
    /** English only: "may", "march", "august" are common words; the month is capitalised. */
    private final boolean capitalOnly;
    private final List<Map.Entry<String, Entry>> stems;

    private CalendarWords(Map<String, Entry> exact, List<Map.Entry<String, Entry>> stems, boolean capitalOnly) {
        this.exact = exact;
        this.capitalOnly = capitalOnly;
        this.stems = stems;
    }

    static CalendarWords of(String lang) {
        String l = lang == null || lang.isEmpty() || LanguageGuess.UNDETERMINED.equals(lang) ? "en" : lang;
        return CACHE.computeIfAbsent(l, CalendarWords::build);
    }

    /** The entry for a word as written in the text, or null. */
    Entry lookup(String word) {
        String w = lower(word);
        Entry e = exact.get(w);
        if (e == null) {
            for (Map.Entry<String, Entry> s : stems) {
                if (w.startsWith(s.getKey()) && w.length() <= s.getKey().length() + 3) {
                    e = s.getValue();
                    break;
                }
            }
        }
        if (e != null && capitalOnly && !Character.isUpperCase(word.codePointAt(0))) {
            return null; // English "may", "march": only the capitalised word is the month
        }
        return e;
    }

    private static CalendarWords build(String lang) {
        DateFormatSymbols s = new DateFormatSymbols(new ULocale(lang));
        Map<String, Entry> exact = new HashMap<>();
        List<Map.Entry<String, Entry>> stems = new ArrayList<>();
        if (!lang.equals(s.getLocale(ULocale.ACTUAL_LOCALE).getLanguage())) {
            return new CalendarWords(Map.of(), List.of(), false); // ICU's root names ("M01") are no words
        }
        for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] wide = s.getMonths(ctx, DateFormatSymbols.WIDE);
            String[] abbr = s.getMonths(ctx, DateFormatSymbols.ABBREVIATED);
            for (int m = 0; m < 12; m++) {
                add(exact, stems, wide[m], "MONTH:" + (m + 1), false);
                add(exact, stems, abbr[m], "MONTH:" + (m + 1), true);
            }
            String[] days = s.getWeekdays(ctx, DateFormatSymbols.WIDE);
            String[] shortDays = s.getWeekdays(ctx, DateFormatSymbols.ABBREVIATED);
            for (int d = 1; d <= 7; d++) { // ICU: 1 = Sunday
                add(exact, stems, days[d], "WEEKDAY:" + ((d + 5) % 7 + 1), false);
                if (!shortDays[d].isEmpty() && Character.isIdeographic(shortDays[d].codePointAt(0))) {
                    add(exact, stems, shortDays[d], "WEEKDAY:" + ((d + 5) % 7 + 1), true); // "周二"; "ter" (pt) is a verb
                }
            }
        }
        return new CalendarWords(Map.copyOf(exact), List.copyOf(stems), "en".equals(lang));
    }

    private static void add(Map<String, Entry> exact, List<Map.Entry<String, Entry>> stems,
                            String name, String key, boolean abbreviated) {
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (bare.isEmpty() || Character.isDigit(bare.charAt(0))) {
            return; // "3月": the number carries it
        }
        String w = lower(bare);
        // short or abbreviated names ("May", "mar", "Sept") are common words too: need a number;
        // "星期一" and "周二" are short but unambiguous (a one-character abbreviation such as Japanese "火" is not)
        boolean ideographic = Character.isIdeographic(w.codePointAt(0));
        boolean needsNumber = ideographic ? w.length() < 2 : abbreviated || w.length() <= 3;
        Entry e = new Entry(key, needsNumber, !abbreviated);
        Entry old = exact.get(w);
        if (old == null || old.needsNumber() && !needsNumber) {
            exact.put(w, e);
        }
        if (!abbreviated && w.length() >= 5) {
            String stem = w.replaceAll("[aeiouyаеиоуыяюэєії]$", "");
            if (stem.length() >= 5 && stems.stream().noneMatch(x -> x.getKey().equals(stem))) {
                stems.add(Map.entry(stem, e));
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
