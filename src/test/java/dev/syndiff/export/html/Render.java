package dev.syndiff.export.html;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
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

    /** {@code Render} writes target/story.html and target/hostile.html; {@code Render BUNDLE OUT} exports a bundle. */
    public static void main(String[] args) throws IOException {
        if (args.length == 2) {
            ComparisonReport r = new ComparisonPipeline().run(Path.of(args[0]), Options.defaults(), ProgressListener.NONE);
            write(r, List.of(), Path.of(args[1]));
            return;
        }
        ComparisonReport r = StoryFixture.report();
        write(r, StoryFixture.marks(r), Path.of("target/story.html"));
        ComparisonReport h = HostileFixture.report();
        write(h, HostileFixture.marks(h), Path.of("target/hostile.html"));
    }
}
