package dev.syndiff.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syndiff.core.model.TriageMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes a bundle's triage marks. The file lives BESIDE the bundle, never inside
 * it (a bundle is evidence and stays untouched): for {@code news/story} or
 * {@code news/story.zip} it is {@code news/story.syndiff-triage.json}.
 */
public final class TriageStore {
    public static final String FORMAT = "syndiff-triage/1";
    private static final String SUFFIX = ".syndiff-triage.json";
    private final ObjectMapper json = new ObjectMapper();
    private final Path file;

    public TriageStore(Path file) {
        this.file = file;
    }

    /** The store for a bundle path (a folder, a .zip or a file of the bundle). */
    public static TriageStore beside(Path bundle) {
        Path abs = bundle.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "bundle" : abs.getFileName().toString();
        if (!Files.isDirectory(abs) && name.contains(".")) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        return new TriageStore(parent.resolve(name + SUFFIX));
    }

    public Path file() {
        return file;
    }

    /** The saved marks; none when there is no file yet. A damaged file is reported, not ignored. */
    public List<TriageMark> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root = json.readTree(file.toFile());
        List<TriageMark> out = new ArrayList<>();
        for (JsonNode m : root.path("marks")) {
            String key = m.path("finding").asText(null);
            String verdict = m.path("verdict").asText(null);
            if (key == null || verdict == null) {
                continue;
            }
            try {
                out.add(new TriageMark(key, TriageMark.Verdict.valueOf(verdict), m.path("note").asText("")));
            } catch (IllegalArgumentException e) {
                // an unknown verdict from a newer version: skip that mark, keep the rest
            }
        }
        return out;
    }

    public void save(String bundleName, List<TriageMark> marks) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("bundle", bundleName);
        ArrayNode arr = root.putArray("marks");
        for (TriageMark m : marks) {
            ObjectNode o = arr.addObject();
            o.put("finding", m.findingKey());
            o.put("verdict", m.verdict().name());
            o.put("note", m.note() == null ? "" : m.note());
        }
        AtomicFileWriter.replace(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
