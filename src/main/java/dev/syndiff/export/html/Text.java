package dev.syndiff.export.html;

import org.owasp.encoder.Encode;

/**
 * The one door through which input text enters the page. Characters HTML cannot carry (NUL,
 * C0/C1 controls, lone surrogates, noncharacters) and bidi controls that would reorder what a
 * reader sees are shown as visible "U+XXXX" labels; everything else is escaped by OWASP for a text node (the export never puts input text
 * in an attribute, a URL, a style or a script).
 */
final class Text {
    private Text() {
    }

    /** Escaped HTML for a text context: visible labels for controls wrapped in a span. */
    static String html(String s) {
        return render(s, true);
    }

    /** Escaped text with no markup at all (for RCDATA such as {@code <title>}). */
    static String plain(String s) {
        return render(s, false);
    }

    /** Cuts to at most {@code max} code points, with an ellipsis; never splits a pair. */
    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)).stripTrailing() + "\u2026";
    }

    private static String render(String s, boolean markup) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isHidden(cp)) {
                out.append(Encode.forHtmlContent(run.toString()));
                run.setLength(0);
                String label = String.format("U+%04X", cp);
                out.append(markup ? "<span class=\"ctl\">" + label + "</span>" : "[" + label + "]");
            } else if ((cp <= 0xFFFF && Character.isSurrogate((char) cp)) || isNonCharacter(cp)) {
                run.append('\uFFFD');
            } else {
                run.appendCodePoint(cp);
            }
        }
        out.append(Encode.forHtmlContent(run.toString()));
        return out.toString();
    }

    /** Controls HTML forbids or that would silently reorder or hide text. */
    static boolean isHidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
