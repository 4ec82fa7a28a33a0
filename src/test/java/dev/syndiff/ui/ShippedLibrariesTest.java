package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syndiff.BuildPom;
import dev.syndiff.ui.ShippedLibraries.Library;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The About dialog's license list says what the build really ships. */
class ShippedLibrariesTest {
    @Test
    void everyLibraryTheIssueNamesIsListedWithALicense() {
        List<Library> all = ShippedLibraries.all();
        assertThat(all).extracting(Library::coordinates).contains("com.ibm.icu:icu4j",
                "io.github.java-diff-utils:java-diff-utils", "org.languagetool:language-en",
                "com.optimaize.languagedetector:language-detector", "com.fasterxml.jackson.core:jackson-databind",
                "org.owasp.encoder:encoder", "info.picocli:picocli", "org.openjfx:javafx-controls",
                "org.fxmisc.richtext:richtextfx", "io.github.mkpaz:atlantafx-base", "com.google.guava:guava",
                "org.slf4j:slf4j-api");
        assertThat(all).filteredOn(l -> l.coordinates().equals("org.openjfx:javafx-controls"))
                .singleElement().extracting(Library::license).asString().contains("Classpath-exception");
        assertThat(all).filteredOn(l -> l.coordinates().startsWith("org.languagetool:"))
                .allSatisfy(l -> assertThat(l.license()).startsWith("LGPL-2.1"));
    }

    /** A version bump in the pom that forgets the list fails here. */
    @Test
    void eachVersionIsTheOneTheBuildResolves() throws Exception {
        BuildPom pom = BuildPom.read();
        for (Library lib : ShippedLibraries.all()) {
            String[] ga = lib.coordinates().split(":");
            assertThat(ga).as(lib.name()).hasSize(2);
            Optional<String> resolved = resolvedVersion(ga[0], ga[1]).or(() -> pom.dependencyVersion(ga[0], ga[1]));
            assertThat(resolved).as("%s is on the classpath or in the pom", lib.coordinates()).isPresent();
            assertThat(lib.version()).as(lib.coordinates()).isEqualTo(resolved.get());
        }
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndFieldsTrimmed() {
        List<Library> parsed = ShippedLibraries.parse("# header\n\n  Foo | org.foo:foo | 1.2 | MIT  \r\nBar|b:b|3|BSD-2-Clause\n");
        assertThat(parsed).containsExactly(new Library("Foo", "org.foo:foo", "1.2", "MIT"),
                new Library("Bar", "b:b", "3", "BSD-2-Clause"));
    }

    @Test
    void aLineWithoutFourFieldsIsAPackagingErrorNamingTheLine() {
        assertThatThrownBy(() -> ShippedLibraries.parse("# c\nFoo | org.foo:foo | 1.2\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ShippedLibraries.parse("Foo | g:a |  | MIT\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
    }

    /** The version Maven resolved, from the dependency jar's own pom.properties (most jars have one). */
    private static Optional<String> resolvedVersion(String group, String artifact) throws Exception {
        try (InputStream in = ShippedLibrariesTest.class.getResourceAsStream(
                "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version"));
        }
    }
}
