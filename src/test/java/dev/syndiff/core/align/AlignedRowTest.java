package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row lists its copies in the order it was given them, so reports come out the same every run. */
class AlignedRowTest {
    @Test
    void cellsKeepTheCopiesOrderAndStayUnmodifiable() {
        Map<String, List<SentenceProfile>> cells = new LinkedHashMap<>();
        List<String> order = List.of("e", "b", "d", "a", "c", "f", "h", "g");
        order.forEach(id -> cells.put(id, List.of()));
        AlignedRow row = new AlignedRow(cells, "e");
        assertThat(List.copyOf(row.cells().keySet())).isEqualTo(order);
        cells.remove("e");
        assertThat(row.cells()).containsKey("e");
        assertThatThrownBy(() -> row.cells().remove("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
