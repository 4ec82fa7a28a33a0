package dev.syndiff.export;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.export.html.ReportPage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the comparison as one self-contained, offline HTML page: copies side by side, findings,
 * quote ledger, triage marks. Every input string is escaped; the same input gives the same bytes.
 * Writing the file (atomically) is {@code AtomicFileWriter}'s job.
 */
public final class HtmlReportWriter {
    public byte[] toBytes(ComparisonReport report, List<TriageMark> marks) {
        return ReportPage.render(report, marks).getBytes(StandardCharsets.UTF_8);
    }

    public void write(ComparisonReport report, List<TriageMark> marks, OutputStream out) {
        try {
            out.write(toBytes(report, marks));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
