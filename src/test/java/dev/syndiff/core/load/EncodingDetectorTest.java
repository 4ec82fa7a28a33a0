package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector's choices at their edges, one byte pattern at a time. */
class EncodingDetectorTest {
    private final EncodingDetector detector = new EncodingDetector();

    private Decoding.Text text(byte[] bytes) {
        Decoding d = detector.decode(bytes);
        assertThat(d).isInstanceOf(Decoding.Text.class);
        return (Decoding.Text) d;
    }

    private String refusal(byte[] bytes) {
        Decoding d = detector.decode(bytes);
        assertThat(d).isInstanceOf(Decoding.Refused.class);
        return ((Decoding.Refused) d).reason();
    }

    @Test
    void asciiIsUtf8() {
        Decoding.Text t = text("Plain words.".getBytes(StandardCharsets.US_ASCII));
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void latinBytesWithoutC1AreIso88591AndWithC1AreWindows1252() {
        String accents = "Le pr\u00e9sident fran\u00e7ais a d\u00e9clar\u00e9 qu'il \u00e9tait pr\u00eat.";
        assertThat(text(accents.getBytes(Charset.forName("ISO-8859-1"))).encoding()).isEqualTo("ISO-8859-1");
        Decoding.Text curly = text((accents + " \u201cOui\u201d.").getBytes(Charset.forName("windows-1252")));
        assertThat(curly.encoding()).isEqualTo("windows-1252");
        assertThat(curly.text()).endsWith("\u201cOui\u201d.");
    }

    @Test
    void aShortLatinWordNeedsNoWarning() {
        Decoding.Text t = text("caf\u00e9".getBytes(Charset.forName("windows-1252")));
        assertThat(t.text()).isEqualTo("caf\u00e9");
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void anUnknownSingleByteSetIsReadAsWindows1252WithAWarning() {
        // Greek in ISO-8859-7: not a set Syndiff reads, so the guess is said out loud
        String greek = "\u039f \u03c0\u03c1\u03cc\u03b5\u03b4\u03c1\u03bf\u03c2 \u03b5\u03af\u03c0\u03b5 \u03cc\u03c4\u03b9 "
                + "\u03bf\u03b9 \u03c3\u03c5\u03bd\u03bf\u03bc\u03b9\u03bb\u03af\u03b5\u03c2 \u03b8\u03b1 "
                + "\u03c3\u03c5\u03bd\u03b5\u03c7\u03b9\u03c3\u03c4\u03bf\u03cd\u03bd \u03b1\u03cd\u03c1\u03b9\u03bf.";
        Decoding.Text t = text(greek.getBytes(Charset.forName("ISO-8859-7")));
        assertThat(t.encoding()).isIn("windows-1252", "ISO-8859-1", "windows-1251", "KOI8-R");
        assertThat(t.text()).isNotEqualTo(greek);
        assertThat(t.warnings()).singleElement().asString().contains("ISO-8859-7").contains("some letters may be wrong");
    }

    @Test
    void controlCharactersWithoutNulAreBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a' + i % 26);
        }
        assertThat(refusal(bytes)).startsWith("refused: binary file");
    }

    @Test
    void utf16WithBomThenNothingIsOnlyABom() {
        assertThat(refusal(new byte[] {(byte) 0xFF, (byte) 0xFE})).contains("only a byte-order mark");
        assertThat(refusal(new byte[] {(byte) 0xFE, (byte) 0xFF})).contains("only a byte-order mark");
    }

    @Test
    void aSecondBomIsKeptAndNamed() {
        Decoding.Text t = text(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'G'});
        assertThat(t.text()).isEqualTo("\uFEFFG");
        assertThat(t.warnings()).singleElement().asString().contains("second byte-order mark");
    }

    @Test
    void oddLengthUtf16IsLoadedWithAWarning() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0, '!'};
        Decoding.Text t = text(bytes);
        assertThat(t.encoding()).isEqualTo("UTF-16LE");
        assertThat(t.text()).startsWith("hi");
        assertThat(t.warnings()).singleElement().asString().contains("not valid UTF-16LE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cr\u00e8me br\u00fbl\u00e9e \u00e0 la carte.", "\u00c0 Paris, \u00c9mile a dit \u00ab oui \u00bb.",
        "Stra\u00dfe, \u00c4rger, \u00d6sterreich.", "\u00c2ge tendre, \u00c2me s\u00f4ur."})
    void realAccentsAreNotMojibake(String sentence) {
        assertThat(text(sentence.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    }

    @Test
    void mojibakeIsCountedAndQuoted() {
        String broken = new String("caf\u00e9 \u2019n\u2019 r\u00e9sum\u00e9".getBytes(StandardCharsets.UTF_8),
                Charset.forName("windows-1252"));
        Decoding.Text t = text(broken.getBytes(StandardCharsets.UTF_8));
        assertThat(t.text()).isEqualTo(broken);
        assertThat(t.warnings()).singleElement().asString().contains("5 place(s)").contains("\"\u00c3\u00a9\"");
    }
}
