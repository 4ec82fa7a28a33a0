package dev.syndiff.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syndiff.core.model.TriageMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageStoreTest {
    @TempDir
    Path dir;

    @Test
    void theFileSitsBesideTheBundleNeverInsideIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("story"));
        assertThat(TriageStore.beside(folder).file()).isEqualTo(dir.resolve("story.syndiff-triage.json"));
        Path zip = Files.writeString(dir.resolve("story2.zip"), "PK");
        assertThat(TriageStore.beside(zip).file()).isEqualTo(dir.resolve("story2.syndiff-triage.json"));
    }

    @Test
    void marksSurviveASaveAndALoadAndNoTempFileIsLeft() throws IOException {
        TriageStore store = TriageStore.beside(Files.createDirectories(dir.resolve("b")));
        assertThat(store.load()).isEmpty();
        List<TriageMark> marks = List.of(
                new TriageMark("ALTERED_QUOTE:001:10-20", TriageMark.Verdict.CONFIRMED, "checked against the wire"),
                new TriageMark("PARAPHRASE:002:5-9", TriageMark.Verdict.DISMISSED, ""));
        store.save("b", marks);
        assertThat(new TriageStore(store.file()).load()).containsExactlyElementsOf(marks);
        store.save("b", marks.subList(0, 1));
        assertThat(store.load()).containsExactly(marks.get(0));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("b", "b.syndiff-triage.json");
        }
    }

    @Test
    void aDamagedFileIsReportedNotSilentlyEmptied() throws IOException {
        Path f = Files.writeString(dir.resolve("x.syndiff-triage.json"), "{ not json");
        assertThatThrownBy(() -> new TriageStore(f).load()).isInstanceOf(IOException.class);
    }
}
