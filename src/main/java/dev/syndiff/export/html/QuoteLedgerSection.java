package dev.syndiff.export.html;

import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.SourceSummary;
import java.util.List;

/** The quote ledger: one row per quote, one column per copy, each cell coloured by status and linked. */
final class QuoteLedgerSection {
    private static final int CLIP = 60;

    private QuoteLedgerSection() {
    }

    static String refId(int quote) {
        return "Q" + quote;
    }

    static String variantId(int quote, int variant) {
        return "Q" + quote + "v" + variant;
    }

    static String rowId(int quote) {
        return "QL" + quote;
    }

    static void write(StringBuilder out, ReportIndex index) {
        List<QuoteEntry> quotes = index.report.quotes();
        out.append("<section id=\"quotes\"><h2>Quote ledger (").append(quotes.size()).append(")</h2>");
        if (quotes.isEmpty()) {
            out.append("<p>No quotes.</p></section>");
            return;
        }
        out.append("<div class=\"wide\"><table class=\"ledger\"><thead><tr><th>Quote</th>");
        for (SourceSummary s : index.columns) {
            out.append("<th>").append(Text.html(s.file())).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (int i = 0; i < quotes.size(); i++) {
            QuoteEntry q = quotes.get(i);
            out.append("<tr id=\"").append(rowId(i)).append("\"><th>");
            if (q.speaker() != null && !q.speaker().isBlank()) {
                out.append("<b>").append(Text.html(q.speaker())).append("</b>: ");
            }
            String refText = q.reference() == null ? "" : q.reference().text();
            out.append("<a href=\"#").append(refId(i)).append("\"><i dir=\"auto\">").append(Text.html(Text.clip(refText, CLIP)))
                    .append("</i></a></th>");
            for (SourceSummary s : index.columns) {
                cell(out, q, i, s.id());
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div></section>");
    }

    private static void cell(StringBuilder out, QuoteEntry q, int i, String sourceId) {
        StringBuilder body = new StringBuilder();
        String cls = "st-none";
        if (q.reference() != null && q.reference().source().equals(sourceId)) {
            body.append("<a href=\"#").append(refId(i)).append("\">reference</a>");
            cls = "st-ref";
        }
        for (int j = 0; j < q.variants().size(); j++) {
            QuoteVariant v = q.variants().get(j);
            if (!v.source().equals(sourceId)) {
                continue;
            }
            cls = Labels.statusClass(v.status());
            String target = v.span() != null ? variantId(i, j) : refId(i);
            body.append(body.length() == 0 ? "" : "<br>").append("<a href=\"#").append(target).append("\">")
                    .append(Labels.words(v.status()).toLowerCase(java.util.Locale.ROOT)).append("</a>");
            boolean showText = v.status() == QuoteStatus.ALTERED || v.status() == QuoteStatus.TRANSLATED;
            if (showText && v.text() != null) {
                body.append(" <i dir=\"auto\">").append(Text.html(Text.clip(v.text(), CLIP))).append("</i>");
            }
        }
        if (body.length() == 0) {
            body.append("\u2014");
        }
        out.append("<td class=\"").append(cls).append("\">").append(body).append("</td>");
    }
}
