package dev.syndiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class list `mvn package` dumps the class-data archive from (scripts/cds-classlist.sh
 * rewrites it) still names the classes this build has: a stale list builds an archive that
 * shares little, silently.
 */
class ClassDataListTest {
    @Test
    void nearlyEveryListedSyndiffClassExists() throws IOException {
        List<String> own = Files.readAllLines(Path.of("src/main/cds/syndiff.classlist")).stream()
                .filter(l -> l.startsWith("dev/syndiff/"))
                .map(l -> l.split(" ", 2)[0].replace('/', '.'))
                .filter(n -> !n.contains("$$Lambda"))
                .toList();
        assertThat(own).contains("dev.syndiff.ui.ViewerWindow", "dev.syndiff.core.ComparisonPipeline", "dev.syndiff.cli.Main");
        long present = own.stream().filter(ClassDataListTest::exists).count();
        assertThat(present).as("of %d listed", own.size()).isGreaterThanOrEqualTo(own.size() * 95L / 100);
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, ClassDataListTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
