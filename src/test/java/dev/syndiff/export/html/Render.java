package dev.syndiff.export.html;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.export.HtmlReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes fixture exports to a file, for looking at them (and for the Chromium checks). */
public final class Render {
    private Render() {
    }

    static Path write(ComparisonReport report, List<TriageMark> marks, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, new HtmlReportWriter().toBytes(report, marks));
        return file;
    }

    public static void main(String[] args) throws IOException {
        ComparisonReport r = StoryFixture.report();
        write(r, StoryFixture.marks(r), Path.of(args.length > 0 ? args[0] : "target/story.html"));
        ComparisonReport h = HostileFixture.report();
        write(h, HostileFixture.marks(h), Path.of(args.length > 1 ? args[1] : "target/hostile.html"));
    }
}
