package dev.syndiff.export.html;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Role;
import java.util.Locale;

/** Class names and human words for the enumerations; class names are short to keep the page small. */
final class Labels {
    private Labels() {
    }

    static String code(FindingKind k) {
        return switch (k) {
            case ALTERED_QUOTE -> "aq";
            case MEANING_CHANGE -> "mc";
            case DIFFERENT_STORY -> "ds";
            case FAKE_BYLINE -> "fb";
            case MT_ARTIFACT -> "mt";
            case OMITTED_CONTENT -> "om";
            case ADDED_CONTENT -> "ad";
            case PARAPHRASE -> "pa";
            case SPILLOVER -> "sp";
        };
    }

    static String kindClass(FindingKind k) {
        return "k-" + code(k);
    }

    static String words(Enum<?> e) {
        String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT).replace("mt ", "MT ");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String plural(FindingKind k, int n) {
        String w = k == FindingKind.MT_ARTIFACT ? words(k) : words(k).toLowerCase(Locale.ROOT);
        if (n == 1) {
            return w;
        }
        return switch (k) {
            case PARAPHRASE -> "paraphrases";
            case SPILLOVER -> "spillovers";
            case OMITTED_CONTENT -> "omissions";
            case ADDED_CONTENT -> "additions";
            case DIFFERENT_STORY -> "different stories";
            default -> w + "s";
        };
    }

    static String roleClass(Role r) {
        return "r-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String relationClass(Relation r) {
        return "x-" + relationShort(r);
    }

    static String relationShort(Relation r) {
        return switch (r) {
            case IDENTICAL -> "same";
            case MINOR_EDIT -> "minor";
            case PARAPHRASE -> "para";
            case TRANSLATION_DRIFT -> "drift";
            case UNALIGNED -> "alone";
        };
    }

    static String statusClass(QuoteStatus s) {
        return "st-" + s.name().toLowerCase(Locale.ROOT);
    }
}
