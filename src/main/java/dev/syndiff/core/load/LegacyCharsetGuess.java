package dev.syndiff.core.load;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * For bytes that are not UTF-8 or UTF-16: ICU's best guess among the single-byte sets we
 * read. ICU can confuse windows-1251 and KOI8-R, so between those two the one that decodes to
 * mostly lower-case Cyrillic wins (each maps the other's lower case to upper case). On short
 * text ICU may see Latin; but no Latin-script text has more accented letters than plain ones.
 */
final class LegacyCharsetGuess {
    private static final Set<String> LATIN = Set.of("windows-1252", "ISO-8859-1");
    private static final Set<String> CYRILLIC = Set.of("windows-1251", "KOI8-R");
    /** ICU confidence (0-100) from which an unsupported guess is worth a warning. */
    private static final int CONFIDENT = 30;

    record Guess(String charset, List<String> warnings) {
    }

    Guess guess(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        CharsetMatch best = null;
        for (CharsetMatch m : matches) {
            if (LATIN.contains(m.getName()) || CYRILLIC.contains(m.getName())) {
                best = m;
                break;
            }
        }
        String charset;
        if (best != null && CYRILLIC.contains(best.getName()) || mostlyHighLetters(bytes)) {
            charset = lowerCaseWins(bytes);
        } else {
            charset = hasC1Bytes(bytes) || best == null ? "windows-1252" : best.getName();
        }
        List<String> warnings = new ArrayList<>();
        CharsetMatch top = matches.length > 0 ? matches[0] : null;
        if (top != null && top != best && top.getConfidence() >= CONFIDENT
                && top.getConfidence() > (best == null ? 0 : best.getConfidence()) + 10
                && !top.getName().startsWith("UTF")) {
            warnings.add(unsupported(top.getName(), charset));
        } else if (best == null && !plausibleLatin(bytes)) {
            warnings.add(unsupported(top == null ? "none" : top.getName(), charset));
        }
        return new Guess(charset, warnings);
    }

    private static String unsupported(String icuGuess, String chosen) {
        return "the encoding could not be recognised with confidence (ICU's best guess: " + icuGuess
                + ", which Syndiff does not read); read as " + chosen + ", some letters may be wrong";
    }

    private static String lowerCaseWins(byte[] bytes) {
        return lowerCaseCyrillic(bytes, "windows-1251") >= lowerCaseCyrillic(bytes, "KOI8-R")
                ? "windows-1251" : "KOI8-R";
    }

    private static long lowerCaseCyrillic(byte[] bytes, String charset) {
        String text = new String(bytes, Charset.forName(charset));
        return text.chars().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC
                && Character.isLowerCase(c)).count();
    }

    // 0xC0-0xFF are letters in all four sets; Cyrillic text is made of them, Latin text of ASCII.
    private static boolean mostlyHighLetters(byte[] bytes) {
        int high = 0;
        int ascii = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0xC0) {
                high++;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                ascii++;
            }
        }
        return high > ascii;
    }

    // 0x80-0x9F are C1 controls in ISO-8859-1 but quotes, dashes and the euro sign in windows-1252.
    private static boolean hasC1Bytes(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausibleLatin(byte[] bytes) {
        String text = new String(bytes, Charset.forName("windows-1252"));
        return text.chars().filter(c -> c >= 0x80)
                .allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION
                        || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION
                        || Character.getType(c) == Character.DASH_PUNCTUATION || c == 0xA0 || c == 0x20AC
                        || c == 0x2026 || c == 0xAB || c == 0xBB || c == 0xB0);
    }
}
