package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** jsoup checks every export must pass: only the export's own elements, attributes and links. */
final class PageChecks {
    static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
            "h3", "p", "nav", "a", "main", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "span",
            "b", "i", "u", "strong", "s", "em", "q", "small", "br", "ul", "ol", "li", "label", "input", "button", "footer", "script");
    static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "content", "name", "id", "class",
            "href", "dir", "hidden", "type", "checked", "data-k");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern CLASS = Pattern.compile("[a-z][a-z0-9-]*");

    private PageChecks() {
    }

    static Document parse(byte[] page) {
        return Jsoup.parse(new String(page, StandardCharsets.UTF_8));
    }

    /** Asserts the page holds nothing but what the export makes itself. */
    static void assertOnlyOwnMarkup(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Element e : doc.getAllElements()) {
            if (e == doc) {
                continue;
            }
            assertThat(TAGS).as("element <%s>", e.tagName()).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT);
                assertThat(ATTRIBUTES).as("attribute %s on <%s>", key, e.tagName()).contains(key);
                assertThat(key).doesNotStartWith("on");
                assertThat(value).doesNotContain("javascript:").doesNotContain("data:").doesNotContain("<");
            }
            if (e.hasAttr("id")) {
                assertThat(e.id()).matches(ID);
                assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
            }
            for (String c : e.classNames()) {
                assertThat(c).matches(CLASS);
            }
        }
        for (Element a : doc.select("[href]")) {
            String href = a.attr("href");
            assertThat(href).startsWith("#");
            assertThat(ids).as("link target %s", href).contains(href.substring(1));
        }
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("script").first().data()).isEqualTo(ReportPage.SCRIPT);
        assertThat(doc.select("style").first().data()).isEqualTo(ReportPage.STYLE);
        assertThat(doc.select("input")).allSatisfy(i -> assertThat(i.attr("type")).isEqualTo("checkbox"));
        String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).startsWith("default-src 'none';")
                .contains("style-src " + Csp.hash(doc.select("style").first().data()) + ";")
                .contains("script-src " + Csp.hash(doc.select("script").first().data()) + ";");
        assertThat(doc.head().child(1).attr("http-equiv")).as("CSP comes first").isEqualTo("Content-Security-Policy");
    }

    /** The page's visible text with the finding markers taken out (they are numbers the export adds). */
    static String visibleText(Document doc) {
        Document copy = doc.clone();
        copy.select("a.ref, #copies td a").remove();
        return copy.body().text();
    }
}
