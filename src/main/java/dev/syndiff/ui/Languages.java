package dev.syndiff.ui;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/** What the viewer says about a copy's language: its name and its writing direction, from ICU/CLDR. */
public final class Languages {
    private static final String UNDETERMINED = "und";
    private static final java.util.Set<String> SIMPLE_SCRIPTS =
            java.util.Set.of("Latn", "Cyrl", "Grek", "Hans", "Hant", "Hani", "Jpan", "Kore", "Armn", "Geor");

    private Languages() {
    }

    /**
     * True for a language written right to left (ar, he, fa, ur, ...): ICU adds the likely
     * script (ar to Arab) and asks the script's direction, so no hand list of codes.
     */
    public static boolean rightToLeft(String code) {
        return known(code) && ULocale.forLanguageTag(code).isRightToLeft();
    }

    /**
     * Whether the language's usual script is shaped by JavaFX's complex-text path (Arabic,
     * Hebrew, Indic, Thai...): every script but Latin, Cyrillic, Greek and the CJK ideographs.
     */
    public static boolean complexScript(String code) {
        if (!known(code)) {
            return false;
        }
        String script = ULocale.addLikelySubtags(ULocale.forLanguageTag(code)).getScript();
        return !script.isEmpty() && !SIMPLE_SCRIPTS.contains(script);
    }

    /** "German (de)", or "language unknown" for und. */
    public static String name(String code) {
        if (!known(code)) {
            return "language unknown";
        }
        String name = ULocale.forLanguageTag(code).getDisplayLanguage(ULocale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }

    /**
     * Asks ICU once for each language's name, direction and script (any thread): its locale data
     * then loads on the analysis worker, not on the FX thread when the panes are dressed.
     */
    static void prepare(java.util.Collection<String> codes) {
        for (String code : new java.util.HashSet<>(codes)) {
            name(code);
            rightToLeft(code);
            complexScript(code);
        }
    }

    /** Whether two copies are in different known languages, so their rows are translations. */
    public static boolean differ(String a, String b) {
        return known(a) && known(b) && !ULocale.forLanguageTag(a).getLanguage()
                .equals(ULocale.forLanguageTag(b).getLanguage());
    }

    private static boolean known(String code) {
        return code != null && !code.isBlank() && !UNDETERMINED.equals(code.toLowerCase(Locale.ROOT));
    }
}
