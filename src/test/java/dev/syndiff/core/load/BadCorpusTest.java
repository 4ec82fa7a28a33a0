package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each file of src/test/resources/bad, given on its own: what is loaded and what is said. */
class BadCorpusTest {
    static final String HARBOUR = "The harbour board met on Tuesday.\nIts chair said: \u201cWe will not give up.\u201d\n"
            + "Talks resume next week.\n";

    static Path bad(String name) {
        try {
            return Path.of(BadCorpusTest.class.getResource("/bad/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Bundle loadOne(String name) {
        return new BundleLoader(LoadLimits.defaults(), false).load(List.of(bad(name)));
    }

    static Source onlySource(Bundle bundle) {
        assertThat(bundle.sources()).hasSize(1);
        return bundle.sources().get(0);
    }

    /** The one refusal, after checking that the bundle also says it has no usable copy. */
    static LoadWarning onlyWarning(Bundle bundle) {
        assertThat(bundle.sources()).isEmpty();
        assertThat(bundle.warnings()).hasSize(2);
        assertThat(bundle.warnings().get(1).message()).startsWith("no usable copy");
        return bundle.warnings().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "empty.txt, the file is empty",
        "whitespace.txt, only whitespace",
        "bom-only.txt, only a byte-order mark",
        "nul-bytes.txt, binary file",
        "image.png, binary file",
    })
    void refusesUnusableFilesNamingThem(String file, String reason) {
        LoadWarning warning = onlyWarning(loadOne(file));
        assertThat(warning.file()).isEqualTo(file);
        assertThat(warning.message()).startsWith("refused: ").contains(reason);
    }

    @ParameterizedTest
    @CsvSource({
        "utf16le-bom.txt, UTF-16LE",
        "utf16le-nobom.txt, UTF-16LE",
        "utf16be-bom.txt, UTF-16BE",
        "utf16be-nobom.txt, UTF-16BE",
    })
    void readsUtf16WithAndWithoutBom(String file, String encoding) {
        Source source = onlySource(loadOne(file));
        assertThat(source.encoding()).isEqualTo(encoding);
        assertThat(source.text()).isEqualTo(HARBOUR);
        assertThat(source.warnings()).isEmpty();
        assertThat(source.id()).isEqualTo(file.substring(0, file.length() - 4));
    }

    @Test
    void readsWindows1252WithCurlyQuotesAndEuro() throws IOException {
        Source source = onlySource(loadOne("windows-1252.txt"));
        assertThat(source.encoding()).isEqualTo("windows-1252");
        assertThat(source.text()).startsWith("The caf\u00e9\u2019s owner said: \u201cIt costs \u20ac5")
                .isEqualTo(new String(Files.readAllBytes(bad("windows-1252.txt")), "windows-1252"));
    }

    @ParameterizedTest
    @CsvSource({"windows-1251.txt, windows-1251", "koi8-r.txt, KOI8-R"})
    void tellsTheTwoCyrillicSetsApart(String file, String encoding) {
        Source source = onlySource(loadOne(file));
        assertThat(source.encoding()).isEqualTo(encoding);
        assertThat(source.text()).startsWith("\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043e\u043c");
        assertThat(source.warnings()).isEmpty();
    }

    @Test
    void loadsMojibakeWithAWarningQuotingIt() {
        Source source = onlySource(loadOne("mojibake.txt"));
        assertThat(source.encoding()).isEqualTo("UTF-8");
        assertThat(source.text()).contains("\u00e2\u20ac\u0153We will not give up");
        assertThat(source.warnings()).singleElement().asString().contains("mojibake").contains("\u00e2\u20ac\u0153");
    }

    @Test
    void keepsMixedLineEndingsAndLoneCr() throws IOException {
        Source source = onlySource(loadOne("mixed-line-endings.txt"));
        assertThat(source.text()).isEqualTo(Files.readString(bad("mixed-line-endings.txt")))
                .contains("CRLF.\r\nSecond", "LF.\nThird", "CR.\rFourth");
        assertThat(source.warnings()).isEmpty();
    }

    @Test
    void bomThenInvalidUtf8IsLoadedWithAWarning() {
        Source source = onlySource(loadOne("bom-bad-utf8.txt"));
        assertThat(source.text()).startsWith("Good start, then ").doesNotStartWith("\uFEFF").contains("\uFFFD");
        assertThat(source.warnings()).singleElement().asString()
                .contains("byte-order mark says UTF-8").contains("not valid UTF-8");
    }

    @Test
    void fileCutInsideAMultiByteCharacterIsLoadedWithAWarning() {
        Source source = onlySource(loadOne("cut-multibyte.txt"));
        assertThat(source.encoding()).isEqualTo("UTF-8");
        assertThat(source.text()).isEqualTo("Le pr\u00e9sident a parl\u00e9 \u00e0 la presse \uFFFD");
        assertThat(source.warnings()).singleElement().asString().contains("middle of a multi-byte character");
    }

    @Test
    void loneSurrogateBytesGiveAWarningNotACrash() {
        Source source = onlySource(loadOne("lone-surrogate.txt"));
        assertThat(source.encoding()).isEqualTo("UTF-8");
        assertThat(source.text()).startsWith("Before the surrogate ").endsWith(" after it, caf\u00e9.\n");
        assertThat(source.warnings()).singleElement().asString().contains("lone surrogate");
    }

    @ParameterizedTest
    @CsvSource({"right-to-left.txt", "combining-emoji.txt"})
    void keepsRightToLeftCombiningMarksAndEmojiByteForByte(String file) throws IOException {
        Source source = onlySource(loadOne(file));
        assertThat(source.encoding()).isEqualTo("UTF-8");
        assertThat(source.text()).isEqualTo(Files.readString(bad(file), StandardCharsets.UTF_8));
        assertThat(source.warnings()).isEmpty();
    }

    @Test
    void aFolderOfOnlyNonTextFilesNamesEachOne() {
        Bundle bundle = loadOne("only-nontext");
        assertThat(bundle.name()).isEqualTo("only-nontext");
        assertThat(bundle.sources()).isEmpty();
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "layout.pdf: skipped: not a text file (.pdf); Syndiff reads .txt, .text and .md files",
                "photo.png: skipped: not a text file (.png); Syndiff reads .txt, .text and .md files",
                "only-nontext: no usable copy: nothing here is a readable text file (2 file(s) refused or skipped)");
    }

    @Test
    void theWholeCorpusLoadsWhatItCanAndNamesEveryRefusal() {
        Bundle bundle = new BundleLoader(LoadLimits.defaults(), true).load(List.of(bad("")));
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("bom-bad-utf8", "combining-emoji",
                "cut-multibyte", "koi8-r", "lone-surrogate", "mixed-line-endings", "mojibake", "right-to-left",
                "utf16be-bom", "utf16be-nobom", "utf16le-bom", "utf16le-nobom", "windows-1251", "windows-1252");
        assertThat(bundle.warnings()).extracting(LoadWarning::file).containsExactlyInAnyOrder(".gitattributes",
                "bom-only.txt", "empty.txt", "image.png", "nul-bytes.txt", "only-nontext/layout.pdf",
                "only-nontext/photo.png", "whitespace.txt");
    }
}
