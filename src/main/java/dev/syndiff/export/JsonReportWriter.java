package dev.syndiff.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.SpanRef;
import dev.syndiff.core.model.WordEdit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a report in the JSON format of docs/report-format.md. Fields are written in a fixed
 * order and maps sorted by key, so the same report always gives the same bytes.
 */
public final class JsonReportWriter {
    private final JsonFactory factory = new JsonFactory();

    public byte[] toBytes(ComparisonReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toByteArray();
    }

    public String toJson(ComparisonReport report) {
        return new String(toBytes(report), StandardCharsets.UTF_8);
    }

    public void write(ComparisonReport report, OutputStream out) {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", ComparisonReport.FORMAT);
            g.writeObjectFieldStart("bundle");
            g.writeStringField("name", report.bundleName());
            g.writeStringField("path", report.bundlePath());
            g.writeEndObject();
            g.writeStringField("reference", report.reference());
            g.writeStringField("secondaryReference", report.secondaryReference());
            g.writeBooleanField("complete", report.complete());
            writeSources(g, report.sources());
            writeSegments(g, report.articles());
            writeSentences(g, report.articles());
            writeAlignment(g, report.alignment());
            writeFindings(g, report.findings());
            writeQuotes(g, report.quotes());
            g.writeArrayFieldStart("warnings");
            for (LoadWarning w : report.warnings()) {
                g.writeStartObject();
                g.writeStringField("file", w.file());
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeStrings(g, "notices", report.notices());
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSources(JsonGenerator g, List<SourceSummary> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (SourceSummary s : sources) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("file", s.file());
            g.writeStringField("encoding", s.encoding());
            g.writeStringField("language", s.language());
            g.writeNumberField("chars", s.chars());
            g.writeBooleanField("sameStory", s.sameStory());
            g.writeBooleanField("machineTranslated", s.machineTranslated());
            writeStrings(g, "notes", s.notes());
            writeStrings(g, "warnings", s.warnings());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeSegments(JsonGenerator g, List<Article> articles) throws IOException {
        g.writeArrayFieldStart("segments");
        for (Article a : articles) {
            for (Segment s : a.segments()) {
                g.writeStartObject();
                g.writeStringField("source", s.source());
                g.writeStringField("role", s.role().name());
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("text", s.text());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeSentences(JsonGenerator g, List<Article> articles) throws IOException {
        g.writeArrayFieldStart("sentences");
        for (Article a : articles) {
            for (Sentence s : a.sentences()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("source", s.source());
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("text", s.text());
                g.writeStringField("role", s.role().name());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeAlignment(JsonGenerator g, List<AlignmentRow> rows) throws IOException {
        g.writeArrayFieldStart("alignment");
        for (AlignmentRow r : rows) {
            g.writeStartObject();
            g.writeNumberField("row", r.row());
            g.writeStringField("relation", r.relation().name());
            g.writeNumberField("similarity", round(r.similarity()));
            g.writeStringField("counterpart", r.counterpart());
            g.writeObjectFieldStart("cells");
            for (Map.Entry<String, List<String>> e : new TreeMap<>(r.cells()).entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (String id : e.getValue()) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("relations");
            for (var e : new TreeMap<>(r.relations()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue().name());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("edits");
            for (WordEdit w : r.edits()) {
                g.writeStartObject();
                g.writeStringField("type", w.type().name());
                g.writeStringField("source", w.source());
                g.writeNumberField("start", w.span().start());
                g.writeNumberField("end", w.span().end());
                g.writeStringField("counterpartSource", w.counterpartSource());
                g.writeNumberField("counterpartStart", w.counterpartSpan().start());
                g.writeNumberField("counterpartEnd", w.counterpartSpan().end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeFindings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("kind", f.kind().name());
            g.writeStringField("source", f.source());
            g.writeNumberField("start", f.span().start());
            g.writeNumberField("end", f.span().end());
            g.writeStringField("text", f.text());
            g.writeFieldName("counterpart");
            writeRef(g, f.counterpart());
            g.writeNumberField("confidence", round(f.confidence()));
            g.writeStringField("explanation", f.explanation());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator g, List<QuoteEntry> quotes) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (QuoteEntry q : quotes) {
            g.writeStartObject();
            g.writeStringField("speaker", q.speaker());
            g.writeFieldName("reference");
            writeRef(g, q.reference());
            g.writeArrayFieldStart("variants");
            for (QuoteVariant v : q.variants()) {
                g.writeStartObject();
                g.writeStringField("source", v.source());
                if (v.span() != null) {
                    g.writeNumberField("start", v.span().start());
                    g.writeNumberField("end", v.span().end());
                } else {
                    g.writeNullField("start");
                    g.writeNullField("end");
                }
                g.writeStringField("text", v.text());
                g.writeStringField("status", v.status().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRef(JsonGenerator g, SpanRef ref) throws IOException {
        if (ref == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("source", ref.source());
        g.writeNumberField("start", ref.start());
        g.writeNumberField("end", ref.end());
        g.writeStringField("text", ref.text());
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }
}
