package dev.syndiff.core.classify;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A person credited in a copy where the reference credits no one or only an agency. */
public final class FakeBylineRule implements FindingRule {
    static final List<String> AGENCY_WORDS = Lexicon.lines("agency-words.txt");
    /** Each agency word as a whole word, compiled once (a byline naming one is no person). */
    static final List<java.util.regex.Pattern> AGENCY_PATTERNS = AGENCY_WORDS.stream()
            .map(w -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b")).toList();

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        Article ref = ctx.article(ctx.reference());
        Optional<Segment> refPerson = ref.segments().stream()
                .filter(s -> s.role() == Role.BYLINE && isPerson(s.text())).findFirst();
        Optional<Segment> refCredit = ref.segments().stream()
                .filter(s -> s.role() == Role.BYLINE || s.role() == Role.CHROME && s.text().contains("\u00A9")).findFirst();
        List<Finding> out = new ArrayList<>();
        for (Article a : ctx.articles()) {
            if (a.id().equals(ref.id()) || !ctx.sameStory(a.id())) {
                continue;
            }
            for (Segment s : a.segments()) {
                if (s.role() != Role.BYLINE || !isPerson(s.text())) {
                    continue;
                }
                String name = personName(s.text());
                if (refPerson.isPresent() && refPerson.get().text().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String why = refPerson.isPresent()
                        ? "The copy credits " + name + "; the reference credits " + refPerson.get().text().strip() + "."
                        : refCredit.isPresent()
                        ? "The copy credits " + name + " where the reference credits only \u2018" + ClassifyContext.excerpt(refCredit.get().text()) + "\u2019."
                        : "The copy credits " + name + " where the reference credits no one.";
                out.add(ctx.finding(FindingKind.FAKE_BYLINE, a.id(), s.span(),
                        refCredit.map(c -> ctx.ref(ref.id(), c.span())).orElse(null), 0.8, why));
            }
        }
        return out;
    }

    /** A byline names a person when it has capitalised name words and no agency word. */
    static boolean isPerson(String byline) {
        String t = byline.toLowerCase(Locale.ROOT);
        for (java.util.regex.Pattern w : AGENCY_PATTERNS) {
            if (w.matcher(t).find()) {
                return false;
            }
        }
        String name = personName(byline);
        String[] parts = name.split("\\s+");
        if (parts.length < 2 || parts.length > 5) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    static String personName(String byline) {
        return byline.strip().replaceFirst("(?iu)^(by|von|par|por|di|door|av|af)\\s+", "")
                .replaceFirst("[,;|(].*$", "").strip();
    }
}
