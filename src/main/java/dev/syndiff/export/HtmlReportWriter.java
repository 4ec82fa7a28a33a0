package dev.syndiff.export;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.TriageMark;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the comparison as one self-contained HTML file. STUB: the html branch replaces it. */
public final class HtmlReportWriter {
    public byte[] toBytes(ComparisonReport report, List<TriageMark> marks) {
        return ("<!DOCTYPE html><title>Syndiff</title><p>" + report.findings().size() + " findings")
                .getBytes(StandardCharsets.UTF_8);
    }
}
