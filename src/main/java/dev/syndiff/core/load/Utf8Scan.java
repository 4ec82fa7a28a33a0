package dev.syndiff.core.load;

/**
 * A strict pass over bytes as UTF-8: how many well-formed multi-byte characters, how many
 * broken sequences, encoded surrogates (invalid in UTF-8) and whether the file ends mid-character.
 */
record Utf8Scan(int multiByte, int invalid, int surrogates, boolean cutAtEnd) {

    boolean valid() {
        return invalid == 0 && surrogates == 0 && !cutAtEnd;
    }

    /** Mostly UTF-8 with a few bad spots: decode as UTF-8 and warn, rather than guess a legacy set. */
    boolean mostlyUtf8() {
        return surrogates > 0 || multiByte > invalid || (cutAtEnd && invalid == 0);
    }

    static Utf8Scan of(byte[] b, int from) {
        int multi = 0;
        int bad = 0;
        int surrogates = 0;
        boolean cut = false;
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                    : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need == 0) {
                i++;
                continue;
            }
            if (need < 0) {
                bad++;
                i++;
                continue;
            }
            if (i + 1 + need > b.length) {
                // a lone lead byte at the very end of otherwise plain bytes is more likely "é" in windows-1252
                if (continuations(b, i + 1, b.length) && (multi > 0 || b.length - i >= 2)) {
                    cut = true;
                    break;
                }
                bad++;
                i++;
                continue;
            }
            if (!continuations(b, i + 1, i + 1 + need) || overlong(c, b[i + 1] & 0xFF)) {
                bad++;
                i++;
                continue;
            }
            if (c == 0xED && (b[i + 1] & 0xFF) >= 0xA0) {
                surrogates++;
            } else {
                multi++;
            }
            i += need + 1;
        }
        return new Utf8Scan(multi, bad, surrogates, cut);
    }

    private static boolean continuations(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    // E0 80..9F and F0 80..8F are overlong; F4 90.. is past U+10FFFF.
    private static boolean overlong(int lead, int second) {
        return (lead == 0xE0 && second < 0xA0) || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F);
    }
}
