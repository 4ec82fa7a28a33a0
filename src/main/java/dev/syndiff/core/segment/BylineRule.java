package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;
import java.util.regex.Pattern;

/**
 * Bylines: "By Jane Doe" / "Von ..." / "Par ..." lines, reporting credits ("(Reporting by ...)"),
 * and a bare personal name standing alone under the headline or at the foot of the story.
 */
final class BylineRule {
    /** Where the names of a byline end: a separator, a comma, a bracket or a spaced dash. */
    private static final Pattern NAME_END = Pattern.compile("[|,\u00B7\u2022;(]|\\s[-\u2013\u2014]\\s");

    private BylineRule() {
    }

    /** Lines that are bylines wherever they stand. */
    static void apply(Markup m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.free(i) && (byLine(m.line(i)) || credit(m.line(i)))) m.claim(i, Role.BYLINE);
        }
    }

    static boolean byLine(Line l) {
        int p = Lexicons.BYLINE_PREFIXES.prefixLength(l.norm());
        if (p == 0 || l.words() > 12) return false;
        String rest = l.text().substring(Math.min(l.text().length(), Lexicon.rawOffset(l.text(), p))).strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0))) return false;
        // the names: capitalised words up to the first separator (a date or place may follow)
        String names = NAME_END.split(rest)[0].strip();
        return LineShape.nameLike(names) || LineShape.words(names) <= 5 && LineShape.titleLike(names, 1, 5)
                && names.chars().filter(Character::isLowerCase).count() * 2 <= names.length()
                && allCapitalised(names);
    }

    static boolean credit(Line l) {
        String norm = l.norm();
        if (norm.startsWith("(")) norm = norm.substring(1).strip();
        return l.words() <= 40 && (Lexicons.CREDIT_LINES.startsLine(norm) || Lexicons.CREDIT_PHRASES.occursIn(norm));
    }

    /** A bare name alone in its paragraph ("Christi C. Elwood"). */
    static boolean bareName(Markup m, int i) {
        return m.page.alone(i) && LineShape.nameLike(m.line(i).text());
    }

    /** "Jane Doe in Berlin", "Jane Doe, Berlin": a short line opening with a name, no sentence. */
    static boolean nameThenPlace(String t) {
        if (LineShape.words(t) > 8 || Chars.endsSentence(t)) return false;
        String[] toks = t.split(" ");
        for (int k = Math.min(4, toks.length - 1); k >= 2; k--) {
            String next = toks[k];
            String head = String.join(" ", java.util.Arrays.copyOfRange(toks, 0, k));
            boolean joint = next.equals("in") || next.equals("im") || next.equals("en") || next.equals("a")
                    || next.equals("\u00E0") || next.equals("|") || head.endsWith(",");
            if (joint && LineShape.nameLike(head.endsWith(",") ? head.substring(0, head.length() - 1) : head)) return true;
        }
        return false;
    }

    private static boolean allCapitalised(String s) {
        for (String w : s.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (!Character.isUpperCase(w.codePointAt(0)) && !Lexicons.NAME_PARTICLES.contains(Lexicon.norm(w))) {
                return false;
            }
        }
        return true;
    }
}
