package dev.syndiff.core.classify;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Between aligned sentences in different languages, where words cannot be compared: a number,
 * date, weekday, year, clock time or name that differs (a translation giving 12 injured where the wire
 * gives 21). Outside quotes it is a MEANING_CHANGE; inside a translated quote the quote is
 * ALTERED. The translated wording itself is no finding.
 */
public final class TranslatedFactsRule implements FindingRule {
    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (PairView p : ctx.pairs()) {
            if (p.sameLanguage()) {
                continue;
            }
            List<TranslatedFacts.Fact> a = facts(ctx, p.aSource(), p.aText(), p.aCell());
            List<TranslatedFacts.Fact> b = facts(ctx, p.bSource(), p.bText(), p.bCell());
            List<TranslatedFacts.Mismatch> all = new ArrayList<>(TranslatedFacts.mismatches(a, b));
            all.addAll(TranslatedFacts.nameMismatches(p.aText(), a, p.bText(), b));
            for (TranslatedFacts.Mismatch m : all) {
                boolean quoted = inside(p.bQuotes(), m.here().span());
                String what = switch (m.here().kind()) {
                    case NUMBER -> "number";
                    case NAME -> "name";
                    default -> "date";
                };
                String why = "The " + what + " reads " + m.here().span().of(p.bText()) + " here but "
                        + m.there().span().of(p.aText()) + " in the counterpart, a sentence in another language ("
                        + ctx.fileOf(p.aSource()) + ")" + (quoted ? ", inside the translated quote." : ".");
                out.add(ctx.finding(quoted ? FindingKind.ALTERED_QUOTE : FindingKind.MEANING_CHANGE, p.bSource(),
                        m.here().span(), ctx.ref(p.aSource(), m.there().span()), 0.75, why));
            }
        }
        return out;
    }

    static List<TranslatedFacts.Fact> facts(ClassifyContext ctx, String source, String text,
                                            List<dev.syndiff.core.align.SentenceProfile> cell) {
        List<TranslatedFacts.Fact> out = new ArrayList<>();
        for (var s : cell) {
            // the aligner profiled this sentence's text already: its anchors are reused
            out.addAll(TranslatedFacts.of(s.sentence().span(),
                    ctx.alignment().crossProfiles().anchors(s.sentence().span().of(text), ctx.language(source))));
        }
        return out;
    }

    static boolean inside(List<Quote> quotes, Span span) {
        for (Quote q : quotes) {
            if (q.inner().contains(span.start())) {
                return true;
            }
        }
        return false;
    }
}
