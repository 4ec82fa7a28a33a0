package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, explicit files, names and ids, symlinks and the unreadable file. */
class BundleLoaderTest {
    @TempDir
    Path dir;

    static Bundle load(Path input, boolean recursive) {
        return new BundleLoader(LoadLimits.defaults(), recursive).load(List.of(input));
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static List<String> files(Bundle bundle) {
        return bundle.warnings().stream().map(LoadWarning::file).toList();
    }

    @Test
    void anEmptyFolderGivesNoSourcesAndSaysSo() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Bundle bundle = load(empty, true);
        assertThat(bundle.name()).isEqualTo("empty");
        assertThat(bundle.path()).isEqualTo(empty.toString());
        assertThat(bundle.sources()).isEmpty();
        assertThat(bundle.warnings()).singleElement().asString().startsWith("empty: no usable copy");
    }

    @Test
    void readsTextFilesInNameOrderAndNamesTheRest() throws IOException {
        write(dir.resolve("b.md"), "Second copy.");
        write(dir.resolve("a.txt"), "First copy.");
        write(dir.resolve("c.text"), "Third copy.");
        write(dir.resolve("notes.docx"), "not read");
        write(dir.resolve("sub/d.txt"), "Nested copy.");
        Bundle bundle = load(dir, false);
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("a", "b", "c");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "notes.docx: skipped: not a text file (.docx); Syndiff reads .txt, .text and .md files",
                "sub/: skipped: a subfolder (subfolders are read only when reading recursively)");
        assertThat(load(dir, true).sources()).extracting(Source::file)
                .containsExactly("a.txt", "b.md", "c.text", "sub/d.txt");
    }

    @Test
    void sharedBaseNamesGetUniqueIdsWithAWarning() throws IOException {
        write(dir.resolve("a/story.txt"), "One.");
        write(dir.resolve("b/story.txt"), "Two.");
        write(dir.resolve("story.md"), "Three.");
        Bundle bundle = load(dir, true);
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("story", "b-story", "story-2");
        assertThat(bundle.warnings()).extracting(LoadWarning::toString).containsExactly(
                "b/story.txt: this copy is called 'b-story' because another copy is already called 'story'",
                "story.md: this copy is called 'story-2' because another copy is already called 'story'");
    }

    @Test
    void namesWithSpacesQuotesAndOtherScriptsAreKept() throws IOException {
        for (String name : List.of("copy one.txt", "it's \"quoted\".txt", "Звіт агенції.txt", "报道.md")) {
            write(dir.resolve(name), "A copy called " + name + ".");
        }
        Bundle bundle = load(dir, false);
        assertThat(bundle.sources()).extracting(Source::id)
                .containsExactly("copy one", "it's \"quoted\"", "Звіт агенції", "报道");
        assertThat(bundle.sources()).allSatisfy(s -> assertThat(s.text()).isEqualTo("A copy called " + s.file() + "."));
        assertThat(bundle.warnings()).isEmpty();
    }

    @Test
    void explicitFilesMakeABundleNamedAfterTheirFolder() throws IOException {
        Path one = write(dir.resolve("desk/only.txt"), "The one copy.");
        Bundle bundle = new BundleLoader(LoadLimits.defaults(), false).load(List.of(one));
        assertThat(bundle.name()).isEqualTo("desk");
        assertThat(bundle.path()).isEqualTo(one.getParent().toString());
        assertThat(bundle.sources()).extracting(Source::text).containsExactly("The one copy.");
    }

    @Test
    void twoIdenticalCopiesAreBothKept() throws IOException {
        Path a = write(dir.resolve("wire.txt"), "Same words.\n");
        Path b = write(dir.resolve("reprint.txt"), "Same words.\n");
        Bundle bundle = new BundleLoader(LoadLimits.defaults(), false).load(List.of(a, b));
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("reprint", "wire");
        assertThat(bundle.warnings()).isEmpty();
    }

    @Test
    void aCopyInAnotherLanguageLoadsAsItIs() throws IOException {
        Path german = Path.of("samples/harbour-strike/05_german.txt");
        Source source = load(german, false).sources().get(0);
        assertThat(source.id()).isEqualTo("05_german");
        assertThat(source.encoding()).isEqualTo("UTF-8");
        assertThat(source.text()).isEqualTo(Files.readString(german));
    }

    @Test
    void aMissingInputIsAWarningNotAnException() {
        Bundle bundle = load(dir.resolve("nowhere"), false);
        assertThat(bundle.sources()).isEmpty();
        assertThat(bundle.warnings().get(0).message()).isEqualTo("refused: not found");
    }

    @Test
    void anUnreadableFileIsNamedAndTheRestStillLoads() throws IOException {
        write(dir.resolve("fine.txt"), "Readable.");
        write(dir.resolve("locked.txt"), "Never seen.");
        Bundle bundle = new BundleLoader(LoadLimits.defaults(), false, new ScriptedFiles(Set.of("locked.txt")))
                .load(List.of(dir));
        assertThat(bundle.sources()).extracting(Source::id).containsExactly("fine");
        assertThat(bundle.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("locked.txt");
            assertThat(w.message()).startsWith("refused: the file could not be read").contains("Permission denied");
        });
    }

    @Test
    void worksOnAnyNioFileSystem() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path bundleDir = fs.getPath("/bundles/memory");
            write(bundleDir.resolve("a.txt"), "In memory.");
            Files.write(bundleDir.resolve("b.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0});
            Bundle bundle = load(bundleDir, false);
            assertThat(bundle.name()).isEqualTo("memory");
            assertThat(bundle.sources()).extracting(Source::text).containsExactly("In memory.", "hi");
            assertThat(bundle.sources()).extracting(Source::encoding).containsExactly("UTF-8", "UTF-16LE");
        }
    }
}
