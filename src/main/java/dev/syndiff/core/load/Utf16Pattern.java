package dev.syndiff.core.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Recognises UTF-16 without a BOM by where its NUL bytes fall: text with spaces, digits or
 * Latin letters has NULs in the high byte of those characters, so nearly all on one side.
 */
final class Utf16Pattern {
    private Utf16Pattern() {
    }

    /** "UTF-16LE", "UTF-16BE" or null when the NULs say binary. */
    static String guess(byte[] b) {
        int n = b.length & ~1;
        long even = 0;
        long odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        String charset = odd > 0 && even * 20 <= odd ? "UTF-16LE" : even > 0 && odd * 20 <= even ? "UTF-16BE" : null;
        if (charset == null || n < 2) {
            return null;
        }
        return decodesAsText(b, n, charset) ? charset : null;
    }

    private static boolean decodesAsText(byte[] b, int n, String charset) {
        try {
            String text = Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, n)).toString();
            return !TextChecks.looksBinary(text) && !text.contains("\u0000");
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
