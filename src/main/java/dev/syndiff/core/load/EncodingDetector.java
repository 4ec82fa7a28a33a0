package dev.syndiff.core.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to text: a byte-order mark first, then UTF-8 whenever the bytes are valid UTF-8,
 * UTF-16 without a BOM by its NUL-byte pattern, and only then ICU's guess among the legacy
 * sets we read. Refuses empty, BOM-only, whitespace-only and binary files.
 */
public final class EncodingDetector {
    private final LegacyCharsetGuess legacy = new LegacyCharsetGuess();

    public Decoding decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Decoding.Refused("refused: the file is empty");
        }
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            return check(fromBom(bom, bytes));
        }
        if (hasNul(bytes)) {
            String utf16 = Utf16Pattern.guess(bytes);
            if (utf16 == null) {
                return new Decoding.Refused("refused: binary file (it contains NUL bytes and is not UTF-16 text)");
            }
            List<String> warnings = new ArrayList<>();
            return check(new Decoding.Text(decodeUtf16(utf16, bytes, 0, warnings), utf16, warnings));
        }
        Utf8Scan scan = Utf8Scan.of(bytes, 0);
        if (scan.valid() || scan.mostlyUtf8()) {
            return check(new Decoding.Text(decode("UTF-8", bytes, 0), "UTF-8", utf8Warnings(scan, false)));
        }
        LegacyCharsetGuess.Guess guess = legacy.guess(bytes);
        return check(new Decoding.Text(decode(guess.charset(), bytes, 0), guess.charset(), guess.warnings()));
    }

    private static Decoding.Text fromBom(ByteOrderMark bom, byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        int from = bom.length();
        if (bom == ByteOrderMark.UTF_8) {
            Utf8Scan scan = Utf8Scan.of(bytes, from);
            return new Decoding.Text(decode("UTF-8", bytes, from), "UTF-8", utf8Warnings(scan, true));
        }
        return new Decoding.Text(decodeUtf16(bom.charset, bytes, from, warnings), bom.charset, warnings);
    }

    private static List<String> utf8Warnings(Utf8Scan scan, boolean afterBom) {
        List<String> warnings = new ArrayList<>();
        int broken = scan.invalid() + scan.surrogates();
        if (broken > 0) {
            String start = afterBom ? "the byte-order mark says UTF-8 but " : "";
            warnings.add(start + broken + " byte sequence(s) are not valid UTF-8"
                    + (scan.surrogates() > 0 ? " (" + scan.surrogates() + " encoded lone surrogate(s))" : "")
                    + "; each was replaced by \uFFFD");
        }
        if (scan.cutAtEnd()) {
            warnings.add("the file ends in the middle of a multi-byte character (cut off?); "
                    + "the broken end was replaced by \uFFFD");
        }
        return warnings;
    }

    private static String decodeUtf16(String charset, byte[] bytes, int from, List<String> warnings) {
        try {
            return Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("some bytes are not valid " + charset + " (odd length or lone surrogates); "
                    + "they were replaced by \uFFFD");
            return decode(charset, bytes, from);
        }
    }

    private static String decode(String charset, byte[] bytes, int from) {
        return new String(bytes, from, bytes.length - from, Charset.forName(charset));
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoding check(Decoding.Text decoded) {
        String text = decoded.text();
        if (text.isEmpty()) {
            return new Decoding.Refused("refused: the file holds only a byte-order mark, no text");
        }
        if (TextChecks.isBlank(text)) {
            return new Decoding.Refused("refused: the file holds only whitespace");
        }
        if (TextChecks.looksBinary(text)) {
            return new Decoding.Refused("refused: binary file (too many control characters to be text in "
                    + decoded.encoding() + ")");
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (text.charAt(0) == '\uFEFF') {
            warnings.add("the text starts with a second byte-order mark (U+FEFF); it was kept as it is");
        }
        String mojibake = decoded.encoding().startsWith("UTF") ? TextChecks.mojibake(text) : null;
        if (mojibake != null) {
            warnings.add(mojibake);
        }
        return new Decoding.Text(text, decoded.encoding(), warnings);
    }
}
