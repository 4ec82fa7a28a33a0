package dev.syndiff.export.html;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Relation;
import java.util.Locale;

/** What the colours mean, with the kind filters and next/previous buttons (shown when the script runs). */
final class Legend {
    private Legend() {
    }

    static void write(StringBuilder out, ReportIndex index) {
        out.append("<section id=\"legend\"><h2>Legend</h2><div id=\"tools\" hidden>")
                .append("<button id=\"prev\" type=\"button\">\u25c0 previous finding</button> ")
                .append("<button id=\"next\" type=\"button\">next finding \u25b6</button> ")
                .append("<small>(keys p and n; untick a kind to hide it)</small></div><ul class=\"legend\">");
        for (FindingKind k : FindingKind.values()) {
            long count = index.findings.stream().filter(n -> n.finding().kind() == k).count();
            String code = Labels.code(k);
            out.append("<li><label><input type=\"checkbox\" data-k=\"").append(code).append("\" checked> <span class=\"cnt ")
                    .append(Labels.kindClass(k)).append("\">").append(code.toUpperCase(Locale.ROOT)).append("</span> <span class=\"")
                    .append(Labels.kindClass(k)).append("\">").append(Labels.words(k)).append("</span> (").append(count)
                    .append(")</label></li>");
        }
        out.append("</ul><ul class=\"legend\">")
                .append("<li><u>changed words</u></li>")
                .append("<li><strong>added words</strong></li>")
                .append("<li><s></s> words dropped here</li>")
                .append("<li><em>words another copy changes</em></li>")
                .append("<li><q>a quote in the ledger</q></li>")
                .append("<li><a class=\"ref\">1</a> finding marker (links to its entry)</li>")
                .append("<li><span class=\"seg-key\">muted: not the story (chrome, comments, ads, captions\u2026)</span></li>")
                .append("<li><span class=\"ctl\">U+202E</span> invisible or control character, shown by its code</li>")
                .append("<li><span class=\"ok-key\">confirmed</span> / <span class=\"no\">dismissed</span> by the fact-checker</li>")
                .append("</ul><p class=\"rels\">Row borders: ");
        for (Relation r : Relation.values()) {
            out.append("<span class=\"rel ").append(Labels.relationClass(r)).append("\">").append(Labels.words(r))
                    .append("</span> ");
        }
        out.append("</p></section>");
    }
}
