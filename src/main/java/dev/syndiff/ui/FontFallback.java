package dev.syndiff.ui;

import javafx.scene.text.Text;

/**
 * Makes JavaFX's default font find the CJK fonts before any copy is drawn. Why: on Linux the
 * logical font's fallback list lacks the CJK fonts (fonts-noto-cjk), so plain Chinese, Japanese
 * or Korean text shows boxes; text with an Arabic letter in it goes through Pango, which picks a
 * font for each character and adds it to the logical font's fallbacks for the whole process.
 * One such text, laid out once before the first copy in such a script is drawn, is enough; a
 * bundle without one never pays for it (about 0.3 s of the FX thread at start). Curly quotes,
 * dashes and other punctuation (script Common) and Arabic (Pango's own path) never ask for it.
 */
final class FontFallback {
    /** An Arabic letter (for the Pango path), then Han, Hiragana, Hangul and Devanagari. */
    static final String PRIMER = "\u0627 \u6797 \u3042 \uD55C \u0928";
    private static boolean primed;

    private FontFallback() {
    }

    /** Primes the fallbacks if this text has a letter the default font may lack (FX thread). */
    static void primeFor(String text) {
        if (!primed && needsFallback(text)) {
            prime();
        }
    }

    /** A letter of a script other than Latin, Greek, Cyrillic or Arabic (punctuation and symbols are script Common). */
    static boolean needsFallback(CharSequence text) {
        return text.codePoints().anyMatch(c -> c >= 0x0590 && switch (Character.UnicodeScript.of(c)) {
            case COMMON, INHERITED, UNKNOWN, LATIN, GREEK, CYRILLIC, ARABIC -> false;
            default -> true;
        });
    }

    /** Lays the primer out once (FX thread); later calls do nothing. */
    static void prime() {
        if (!primed) {
            primed = true;
            new Text(PRIMER).getLayoutBounds();
        }
    }
}
