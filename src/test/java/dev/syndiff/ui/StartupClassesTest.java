package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The viewer's start-up class list still names the classes this build has (scripts/startup-classes.sh rewrites it). */
class StartupClassesTest {
    @Test
    void nearlyEveryListedClassExistsAndTheViewerIsAmongThem() throws IOException {
        List<String> names;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            assertThat(in).as("the list ships beside the class").isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(names).contains(ViewerWindow.class.getName(), VersionPane.class.getName(), "javafx.scene.control.TableView")
                .doesNotHaveDuplicates();
        int loaded = StartupClasses.preload(getClass().getClassLoader());
        // only another toolkit's or JDK build's classes may be missing; more means the list is stale
        assertThat(loaded).as("classes loaded of %d listed", names.size()).isGreaterThanOrEqualTo(names.size() * 95 / 100);
    }
}
