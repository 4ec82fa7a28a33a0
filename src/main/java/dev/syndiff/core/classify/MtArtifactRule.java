package dev.syndiff.core.classify;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Machine-translation damage the copy has and its counterpart has not: doubled words, a name
 * spelled another way (a transliteration), a dash inside a name, a possessive turned into an
 * "of" construction, several articles dropped in one sentence, known calques, and a quotation
 * whose closing mark is lost so that the attribution starts a new sentence.
 */
public final class MtArtifactRule implements FindingRule {
    private static final Pattern DASHED_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+[\u2014\u2013]\\p{Lu}\\p{Ll}+");
    private static final Pattern LOST_CLOSE = Pattern.compile("[?!]\\s+(He|She|They|It)\\s+(said|asked|added)\\b");
    private static final List<String> CALQUES = Lexicon.lines("mt-calques.txt");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> REPEAT_OK = Set.of("by", "and", "or", "to", "after", "for", "from", "in", "on", "over");

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (PairView p : ctx.pairs()) {
            if (!p.sameLanguage() || p.edits().isEmpty()) {
                continue;
            }
            String c = ctx.fileOf(p.aSource());
            doubled(ctx, p, c, out);
            names(ctx, p, c, out);
            patterns(ctx, p, c, out, true);
            possessives(ctx, p, c, out);
            articles(ctx, p, c, out);
        }
        return out;
    }

    private static void doubled(ClassifyContext ctx, PairView p, String c, List<Finding> out) {
        List<WordToken> b = p.b();
        String aNorm = joined(p.a());
        for (int i = 1; i < b.size(); i++) {
            WordToken x = b.get(i - 1);
            WordToken y = b.get(i);
            if (x.norm().equals(y.norm()) && !y.isNumber() && !aNorm.contains(" " + x.norm() + " " + y.norm() + " ")) {
                out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), new Span(x.start(), y.end()), null, 0.9,
                        "The word \u2018" + y.text() + "\u2019 is doubled, as machine translation leaves it; " + c + " has it once."));
                i++;
            } else if (i + 1 < b.size() && x.norm().equals(b.get(i + 1).norm()) && !y.isNumber()
                    && !REPEAT_OK.contains(y.norm()) && !x.isNumber()
                    && !aNorm.contains(" " + x.norm() + " " + y.norm() + " " + x.norm() + " ")
                    && (x.norm().length() > 3 || !punctuated(p.bText(), x, b.get(i + 1)))) {
                out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), new Span(x.start(), b.get(i + 1).end()), null, 0.6,
                        "Garbled repetition \u2018" + new Span(x.start(), b.get(i + 1).end()).of(p.bText())
                                + "\u2019, which " + c + " does not have."));
            }
        }
    }

    /** A capitalised word of the copy absent from the counterpart but close to a name it has. */
    private static void names(ClassifyContext ctx, PairView p, String c, List<Finding> out) {
        Set<String> aNames = new HashSet<>();
        for (WordToken t : p.a()) {
            if (t.isCapitalized()) aNames.add(t.norm());
        }
        Set<String> bWords = new HashSet<>();
        p.b().forEach(t -> bWords.add(t.norm()));
        List<WordToken> b = p.b();
        int i = 0;
        while (i < b.size()) {
            WordToken t = b.get(i);
            String match = t.isCapitalized() && !aNames.contains(t.norm()) ? closeName(t.norm(), aNames, bWords) : null;
            if (match == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < b.size() && b.get(j).isCapitalized() && !aNames.contains(b.get(j).norm())
                    && closeName(b.get(j).norm(), aNames, bWords) != null) {
                j++;
            }
            Span span = new Span(t.start(), b.get(j - 1).end());
            if (j - i == 1 && i + 1 < b.size() && b.get(i + 1).isCapitalized()) {
                span = new Span(t.start(), b.get(i + 1).end());
            } else if (j - i == 1 && i > 0 && b.get(i - 1).isCapitalized()) {
                span = new Span(b.get(i - 1).start(), t.end());
            }
            out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), span, null, 0.7,
                    "The name is spelled \u2018" + span.of(p.bText()) + "\u2019 where " + c + " has \u2018"
                            + match + "\u2019: a transliteration, as machine translation makes."));
            i = j;
        }
    }

    private static String closeName(String w, Set<String> names, Set<String> bWords) {
        for (String n : names) {
            if (!bWords.contains(n) && Names.similar(w, n)) {
                return n.substring(0, 1).toUpperCase() + n.substring(1);
            }
        }
        return null;
    }

    /**
     * Dashed names, lost closing marks and calques. {@code shortCuts}: a pattern is run only on
     * text holding the character it cannot match without, and the counterpart's text is cut and
     * lower-cased only when a match asks for it (false: all of it every time, for tests).
     */
    static void patterns(ClassifyContext ctx, PairView p, String c, List<Finding> out, boolean shortCuts) {
        int from = p.bCell().get(0).sentence().start();
        int to = p.bCell().get(p.bCell().size() - 1).sentence().end();
        String b = p.bText().substring(from, to);
        String a = shortCuts ? null : cellText(p);
        if (!shortCuts || b.indexOf('\u2014') >= 0 || b.indexOf('\u2013') >= 0) {
            Matcher m = DASHED_NAME.matcher(b);
            while (m.find()) {
                if (a == null) a = cellText(p);
                if (!a.contains(m.group())) {
                    out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), new Span(from + m.start(), from + m.end()), null, 0.8,
                            "A dash stands inside the name \u2018" + m.group() + "\u2019 where " + c + " has a hyphen."));
                }
            }
        }
        if (!shortCuts || b.indexOf('?') >= 0 || b.indexOf('!') >= 0) {
            Matcher m = LOST_CLOSE.matcher(b);
            while (m.find()) {
                if (a == null) a = cellText(p);
                if (!LOST_CLOSE.matcher(a).find()) {
                    out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), new Span(from + m.start(), from + m.end()), null, 0.7,
                            "The closing quotation mark is lost and the attribution starts a new sentence (\u2018"
                                    + m.group().strip() + "\u2019)."));
                }
            }
        }
        String lb = b.toLowerCase(java.util.Locale.ROOT);
        String la = shortCuts ? null : a.toLowerCase(java.util.Locale.ROOT);
        for (String calque : CALQUES) {
            int k = lb.indexOf(calque);
            if (k < 0) continue;
            if (la == null) la = (a == null ? cellText(p) : a).toLowerCase(java.util.Locale.ROOT);
            if (!la.contains(calque)) {
                out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), new Span(from + k, from + k + calque.length()), null, 0.6,
                        "\u2018" + b.substring(k, k + calque.length()) + "\u2019 is a literal calque typical of machine translation."));
            }
        }
    }

    /** "the harbourmaster's office" rendered "the office of harbourmaster". */
    private static void possessives(ClassifyContext ctx, PairView p, String c, List<Finding> out) {
        List<WordToken> b = p.b();
        for (WordToken t : p.a()) {
            if (!(t.text().endsWith("'s") || t.text().endsWith("\u2019s"))) {
                continue;
            }
            boolean kept = b.stream().anyMatch(x -> x.norm().equals(t.norm()) && (x.text().endsWith("'s") || x.text().endsWith("\u2019s")));
            if (kept) {
                continue;
            }
            for (int i = 1; i < b.size(); i++) {
                if (!b.get(i).norm().equals(t.norm())) continue;
                int of = b.get(i - 1).norm().equals("of") ? i - 1 : i > 1 && ARTICLES.contains(b.get(i - 1).norm()) && b.get(i - 2).norm().equals("of") ? i - 2 : -1;
                if (of >= 1) {
                    Span span = new Span(b.get(of - 1).start(), b.get(i).end());
                    out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), span, null, 0.6,
                            "The possessive \u2018" + t.text() + "\u2019 of " + c + " is rendered word for word as \u2018" + span.of(p.bText()) + "\u2019."));
                    break;
                }
            }
        }
    }

    /** Several articles dropped in one sentence: telegraphic machine translation. */
    private static void articles(ClassifyContext ctx, PairView p, String c, List<Finding> out) {
        List<WordDiff.Edit> drops = new ArrayList<>();
        for (WordDiff.Edit e : p.edits()) {
            boolean articleOnly = e.aSize() >= 1 && e.aSize() <= 2 && e.bSize() == 0
                    && p.a().subList(e.aFrom(), e.aTo()).stream().anyMatch(t -> ARTICLES.contains(t.norm()));
            if (articleOnly) {
                drops.add(e);
            }
        }
        if (drops.size() >= 2) {
            int from = Math.max(0, drops.get(0).bFrom() - 1);
            int to = Math.min(p.b().size(), drops.get(drops.size() - 1).bTo() + 2);
            Span span = p.bSpan(from, to);
            out.add(ctx.finding(FindingKind.MT_ARTIFACT, p.bSource(), span, null, 0.6,
                    drops.size() + " articles of " + c + " are dropped in this sentence, as telegraphic machine translation does."));
        }
    }

    private static String cellText(PairView p) {
        return p.aText().substring(p.aCell().get(0).sentence().start(), p.aCell().get(p.aCell().size() - 1).sentence().end());
    }

    private static String joined(List<WordToken> ts) {
        StringBuilder s = new StringBuilder(" ");
        ts.forEach(t -> s.append(t.norm()).append(' '));
        return s.toString();
    }

    private static boolean punctuated(String text, WordToken from, WordToken to) {
        String between = text.substring(from.end(), to.start());
        return between.chars().anyMatch(ch -> ".,;:!?\u201C\u201D\"()".indexOf(ch) >= 0);
    }

    private static boolean containsWord(List<WordToken> ts, String norm) {
        return ts.stream().anyMatch(t -> t.norm().equals(norm));
    }
}
