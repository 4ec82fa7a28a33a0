package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sample copy, re-encoded every way it can be, decodes back to the same text. */
class EncodingTableTest {
    // Invented, long enough for ICU's Cyrillic n-gram models (see cyrillicNeedsEnoughText).
    static final String CYRILLIC = "Вчера вечером в городском совете прошло долгое обсуждение нового плана "
            + "развития набережной. Мэр сказал, что работы начнутся весной, а жители попросили сохранить "
            + "старый сквер и построить новую детскую площадку. Депутаты обещали вернуться к вопросу через месяц.\n";
    // Invented, with accents but nothing outside ISO-8859-1.
    static final String LATIN1 = "Le pr\u00e9sident a d\u00e9clar\u00e9 mardi : \u00ab Nous continuerons \u00e0 "
            + "parler, c'est s\u00fbr. \u00bb Les ministres fran\u00e7ais \u00e9taient d'accord.\n";

    private final EncodingDetector detector = new EncodingDetector();

    record Case(String name, String text, String charset, boolean bom, String expected) {
        @Override
        public String toString() {
            return name + " as " + charset + (bom ? " with BOM" : "");
        }
    }

    static Stream<Arguments> table() throws IOException {
        List<Case> cases = new ArrayList<>();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples/macron-putin-2022"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(samples).hasSize(5);
        for (Path sample : samples) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            String name = sample.getFileName().toString();
            for (String cs : List.of("UTF-8", "UTF-16LE", "UTF-16BE")) {
                cases.add(new Case(name, text, cs, true, cs));
                cases.add(new Case(name, text, cs, false, cs));
            }
            if (Charset.forName("windows-1252").newEncoder().canEncode(text)) {
                cases.add(new Case(name, text, "windows-1252", false, "windows-1252"));
            }
            if (Charset.forName("ISO-8859-1").newEncoder().canEncode(text)) {
                cases.add(new Case(name, text, "ISO-8859-1", false, "ISO-8859-1"));
            }
        }
        cases.add(new Case("latin1", LATIN1, "ISO-8859-1", false, "ISO-8859-1"));
        cases.add(new Case("cyrillic", CYRILLIC, "windows-1251", false, "windows-1251"));
        cases.add(new Case("cyrillic", CYRILLIC, "KOI8-R", false, "KOI8-R"));
        for (String cs : List.of("UTF-8", "UTF-16LE", "UTF-16BE")) {
            cases.add(new Case("cyrillic", CYRILLIC, cs, false, cs));
        }
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decodesToTheSameText(Case c) throws IOException {
        Decoding decoding = detector.decode(encode(c.text(), c.charset(), c.bom()));
        assertThat(decoding).isInstanceOf(Decoding.Text.class);
        Decoding.Text text = (Decoding.Text) decoding;
        assertThat(text.encoding()).isEqualTo(c.expected());
        assertThat(text.text()).isEqualTo(c.text());
        assertThat(text.warnings()).isEmpty();
    }

    /**
     * ICU alone gets 10-letter Cyrillic wrong (ISO-8859-1 for windows-1251, nothing for KOI8-R) and
     * is right from about 20 letters; the detector's letter-count rule covers the short end.
     */
    @ParameterizedTest
    @ValueSource(ints = {6, 10, 20, 40, 80, 160})
    void cyrillicNeedsEnoughText(int length) {
        String text = CYRILLIC.substring(0, length);
        for (String cs : List.of("windows-1251", "KOI8-R")) {
            Decoding.Text decoded = (Decoding.Text) detector.decode(text.getBytes(Charset.forName(cs)));
            assertThat(decoded.encoding()).as(cs + " at " + length + " chars").isEqualTo(cs);
            assertThat(decoded.text()).isEqualTo(text);
        }
    }

    static byte[] encode(String text, String charset, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(switch (charset) {
                case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
                case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
                default -> throw new IllegalArgumentException(charset);
            });
        }
        out.write(text.getBytes(Charset.forName(charset)));
        return out.toByteArray();
    }
}
