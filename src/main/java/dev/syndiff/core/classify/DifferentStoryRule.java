package dev.syndiff.core.classify;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.text.Tokenizer;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One finding per copy that tells another story, with the evidence: how little matches, which days. */
public final class DifferentStoryRule implements FindingRule {
    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        Article ref = ctx.article(ctx.reference());
        for (Article a : ctx.articles()) {
            if (ctx.sameStory(a.id())) {
                continue;
            }
            List<Sentence> body = a.bodySentences();
            Span span = body.isEmpty() ? firstSegment(a) : body.get(0).span();
            long matched = ctx.alignment().rows().stream()
                    .filter(r -> r.cells().containsKey(a.id()) && r.cells().size() > 1)
                    .mapToLong(r -> r.cell(a.id()).size()).sum();
            StringBuilder why = new StringBuilder("Tells a different story: ")
                    .append(matched == 0 ? "none" : "only " + matched).append(" of its ").append(body.size())
                    .append(" sentences match another copy");
            Set<String> days = calendarWords(a, ctx.language(a.id()));
            days.removeAll(calendarWords(ref, ctx.language(ref.id())));
            if (!days.isEmpty()) {
                why.append(", and it speaks of ").append(String.join(", ", days))
                        .append(", which the reference never mentions");
            }
            why.append('.');
            out.add(ctx.finding(FindingKind.DIFFERENT_STORY, a.id(), span,
                    ref.bodySentences().isEmpty() ? null : ctx.ref(ref.id(), ref.bodySentences().get(0).span()),
                    0.8, why.toString()));
        }
        return out;
    }

    private static Span firstSegment(Article a) {
        return a.segments().isEmpty() ? new Span(0, a.source().text().length()) : a.segments().get(0).span();
    }

    /** Weekday and month names the copy's body and captions use, in its language. */
    static Set<String> calendarNames(String language) {
        DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language.equals("und") ? "en" : language));
        Set<String> names = new java.util.HashSet<>();
        for (String d : symbols.getWeekdays()) {
            if (!d.isEmpty()) names.add(d.toLowerCase(Locale.ROOT));
        }
        for (String m : symbols.getMonths()) {
            if (!m.isEmpty()) names.add(m.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    static Set<String> calendarWords(Article a, String language) {
        Set<String> names = calendarNames(language);
        Set<String> out = new LinkedHashSet<>();
        for (Segment s : a.segments()) {
            if (s.role() != Role.BODY && s.role() != Role.CAPTION && s.role() != Role.DATELINE) {
                continue;
            }
            for (WordToken w : Tokenizer.words(s.text())) {
                if (names.contains(w.norm()) && out.stream().noneMatch(o -> o.equalsIgnoreCase(w.norm()))) {
                    out.add(w.norm().substring(0, 1).toUpperCase(Locale.ROOT) + w.norm().substring(1));
                }
            }
        }
        return out;
    }
}
