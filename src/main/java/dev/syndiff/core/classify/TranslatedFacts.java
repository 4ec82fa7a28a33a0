package dev.syndiff.core.classify;

import dev.syndiff.core.lang.Anchor;
import dev.syndiff.core.lang.FactAnchors;
import dev.syndiff.core.lang.NameSkeleton;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of a stretch of text that survive translation (numbers, dates, months, weekdays,
 * years, clock times and names: core.lang's anchors, keyed alike in every language), and which
 * of them two translated stretches do not share. Names are compared cautiously: only sure names
 * on both sides that match nothing on the other, even loosely, since a translated title or a
 * German noun often looks like a name.
 */
final class TranslatedFacts {
    /** Kinds compared with each other: a number is checked against numbers, a date against dates. */
    private static final Set<Anchor.Kind> NUMBERS = EnumSet.of(Anchor.Kind.NUMBER);
    private static final Set<Anchor.Kind> CALENDAR = EnumSet.of(Anchor.Kind.DATE, Anchor.Kind.MONTH,
            Anchor.Kind.WEEKDAY, Anchor.Kind.YEAR, Anchor.Kind.TIME);
    static final List<Set<Anchor.Kind>> CLASSES = List.of(NUMBERS, CALENDAR);

    /** A fact with its key and its span in the whole source text. */
    record Fact(Anchor.Kind kind, String key, Span span) {
        String value() {
            return key.substring(key.indexOf(':') + 1);
        }
    }

    /** A fact one side has and the other lacks, with the lone fact of the same class on the other side. */
    record Mismatch(Fact here, Fact there) {
    }

    private TranslatedFacts() {
    }

    /** The facts of {@code span} in {@code text}, read with the rules of {@code lang}. */
    static List<Fact> of(String text, Span span, String lang) {
        return of(span, FactAnchors.forLanguage(lang).extract(span.of(text)));
    }

    /** As {@link #of(String, Span, String)} from the anchors of {@code span}'s text, found already. */
    static List<Fact> of(Span span, List<Anchor> anchors) {
        List<Fact> out = new ArrayList<>();
        for (Anchor a : anchors) {
            if (a.kind() == Anchor.Kind.NUMBER && insideDate(a, anchors)) {
                continue; // the day of "4 March" is compared as a date, not as a number
            }
            out.add(new Fact(a.kind(), a.key(), new Span(span.start() + a.start(), span.start() + a.end())));
        }
        return out;
    }

    private static boolean insideDate(Anchor n, List<Anchor> anchors) {
        for (Anchor d : anchors) {
            if (d.kind() == Anchor.Kind.DATE && d.start() <= n.start() && n.end() <= d.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Facts of {@code b} with no equal in {@code a}, each paired with an unmatched fact of the same
     * class in {@code a} (in order); a class unmatched on one side only is no mismatch (a translator
     * may drop or spell out a figure, and the anchors miss some compounds such as "fünfwöchig").
     */
    static List<Mismatch> mismatches(List<Fact> a, List<Fact> b) {
        List<Mismatch> out = new ArrayList<>();
        for (Set<Anchor.Kind> kinds : CLASSES) {
            List<Fact> onlyA = unmatched(a, b, kinds);
            List<Fact> onlyB = unmatched(b, a, kinds);
            if (onlyA.isEmpty() || onlyB.isEmpty()) {
                continue;
            }
            for (int i = 0; i < onlyB.size(); i++) {
                out.add(new Mismatch(onlyB.get(i), onlyA.get(Math.min(i, onlyA.size() - 1))));
            }
        }
        return out;
    }

    /**
     * Sure names of {@code b} that match no name of {@code a}, not even loosely after
     * transliteration, each paired with such a name of {@code a}; none unless both sides have one
     * (a translator may drop a title or a first name).
     */
    static List<Mismatch> nameMismatches(String aText, List<Fact> a, String bText, List<Fact> b) {
        List<Fact> onlyA = unmatchedNames(aText, a, bText, b);
        List<Fact> onlyB = unmatchedNames(bText, b, aText, a);
        List<Mismatch> out = new ArrayList<>();
        if (!onlyA.isEmpty()) {
            for (int i = 0; i < onlyB.size(); i++) {
                out.add(new Mismatch(onlyB.get(i), onlyA.get(Math.min(i, onlyA.size() - 1))));
            }
        }
        return out;
    }

    private static List<Fact> unmatchedNames(String text, List<Fact> side, String otherText, List<Fact> other) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : side) {
            if (f.kind() != Anchor.Kind.NAME) {
                continue;
            }
            boolean matched = false;
            for (Fact o : other) {
                if ((o.kind() == Anchor.Kind.NAME || o.kind() == Anchor.Kind.MAYBE_NAME) && (o.key().equals(f.key())
                        || NameSkeleton.sameName(f.span().of(text), o.span().of(otherText)))) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                out.add(f);
            }
        }
        return out;
    }

    /** Facts of {@code side} of the given kinds whose key the other side lacks (counted as a multiset). */
    private static List<Fact> unmatched(List<Fact> side, List<Fact> other, Set<Anchor.Kind> kinds) {
        Map<String, Integer> left = new HashMap<>();
        for (Fact f : other) {
            if (kinds.contains(f.kind())) {
                left.merge(f.key(), 1, Integer::sum);
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : side) {
            if (!kinds.contains(f.kind())) {
                continue;
            }
            Integer n = left.get(f.key());
            if (n == null || n == 0) {
                out.add(f);
            } else {
                left.put(f.key(), n - 1);
            }
        }
        return out;
    }
}
