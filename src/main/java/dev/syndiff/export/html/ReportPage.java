package dev.syndiff.export.html;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.TriageMark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The whole page: head with the hash-based CSP, the one style and one script (fixed resources,
 * so their hashes never change), then summary, legend, table, findings and quote ledger.
 */
public final class ReportPage {
    static final String STYLE = resource("report.css");
    static final String SCRIPT = resource("report.js");

    private ReportPage() {
    }

    public static String render(ComparisonReport report, List<TriageMark> marks) {
        ReportIndex index = new ReportIndex(report, marks);
        CopyViews views = new CopyViews(index);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Csp.policy(STYLE, SCRIPT))
                .append("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"Syndiff ").append(ComparisonReport.FORMAT).append("\">")
                .append("<title>Syndiff: ").append(Text.plain(report.bundleName())).append("</title><style>")
                .append(STYLE).append("</style></head>\n<body><header><h1>Syndiff comparison: ")
                .append(Text.html(report.bundleName())).append("</h1><p class=\"path\">")
                .append(Text.html(report.bundlePath())).append("</p><nav><a href=\"#summary\">Summary</a> ")
                .append("<a href=\"#copies\">Copies</a> <a href=\"#findings\">Findings</a> ")
                .append("<a href=\"#quotes\">Quote ledger</a></nav></header>\n<main>");
        SummarySection.write(out, index, views);
        out.append('\n');
        Legend.write(out, index);
        out.append('\n');
        new SideBySideTable(index, views).write(out);
        out.append('\n');
        FindingsSection.write(out, index, views);
        out.append('\n');
        QuoteLedgerSection.write(out, index);
        out.append("</main>\n<footer id=\"end\">Made by Syndiff from the report ").append(ComparisonReport.FORMAT)
                .append(".</footer><script>").append(SCRIPT).append("</script></body></html>\n");
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream("/dev/syndiff/export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
