package dev.syndiff;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The project's pom.xml, read by tests that hold shipped text (version, license list) to the build. */
public final class BuildPom {
    private final Document doc;
    private final Map<String, String> properties = new HashMap<>();

    private BuildPom(Document doc) {
        this.doc = doc;
        properties.put("project.version", version());
        Element props = child(doc.getDocumentElement(), "properties");
        if (props != null) {
            NodeList all = props.getChildNodes();
            for (int i = 0; i < all.getLength(); i++) {
                if (all.item(i) instanceof Element e) {
                    properties.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
    }

    /** Surefire runs with the project folder as the working directory. */
    public static BuildPom read() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return new BuildPom(f.newDocumentBuilder().parse(Path.of("pom.xml").toFile()));
    }

    public String version() {
        return child(doc.getDocumentElement(), "version").getTextContent().strip();
    }

    /** The version of a direct dependency, with ${properties} resolved. */
    public Optional<String> dependencyVersion(String groupId, String artifactId) {
        Element deps = child(doc.getDocumentElement(), "dependencies");
        NodeList all = deps.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element d = (Element) all.item(i);
            if (text(d, "groupId").equals(groupId) && text(d, "artifactId").equals(artifactId)) {
                String v = text(d, "version");
                return Optional.of(v.startsWith("${") ? properties.getOrDefault(v.substring(2, v.length() - 1), v) : v);
            }
        }
        return Optional.empty();
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }
}
