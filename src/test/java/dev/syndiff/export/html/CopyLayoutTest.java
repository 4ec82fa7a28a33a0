package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyLayoutTest {
    //                          0         1         2         3         4
    //                          0123456789012345678901234567890123456789012345
    private static final String TEXT = "Head\n\u00a0One two. Three four.\n\nReply here";
    private final Source source = new Source("s", "s.txt", TEXT, "UTF-8", List.of());
    private final Article article = new Article(source,
            List.of(new Segment("s", Role.HEADLINE, new Span(0, 4), "Head"),
                    new Segment("s", Role.BODY, new Span(6, 26), "One two. Three four."),
                    new Segment("s", Role.COMMENT, new Span(28, 38), "Reply here")),
            List.of(new Sentence("s#0", "s", 0, new Span(6, 14), "One two.", Role.BODY),
                    new Sentence("s#1", "s", 1, new Span(15, 26), "Three four.", Role.BODY)));

    @Test
    void loosePiecesGoBeforeTheRowOfTheNextAlignedSentence() {
        CopyLayout layout = new CopyLayout(article, Map.of("s#0", 3, "s#1", 5), 9);
        assertThat(layout.pieces).extracting(p -> TEXT.substring(p.start(), p.end()), CopyLayout.Piece::row)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Head", 3),
                        org.assertj.core.groups.Tuple.tuple("One two.", 3),
                        org.assertj.core.groups.Tuple.tuple("Three four.", 5),
                        org.assertj.core.groups.Tuple.tuple("Reply here", 9));
        assertThat(layout.looseBefore(9)).hasSize(1);
        assertThat(layout.rowAt(17)).isEqualTo(5);
        assertThat(layout.rowAt(1)).isEqualTo(-1);
    }

    @Test
    void aCopyWithNothingAlignedShowsEverythingBeforeTheFirstRow() {
        CopyLayout layout = new CopyLayout(article, Map.of(), 9);
        assertThat(layout.pieces).allSatisfy(p -> assertThat(p.row()).isZero());
        assertThat(layout.pieces).extracting(CopyLayout.Piece::role)
                .containsExactly(Role.HEADLINE, Role.BODY, Role.COMMENT);
    }

    @Test
    void anchorsLandOnTheFirstShownCharacter() {
        CopyLayout layout = new CopyLayout(article, Map.of("s#0", 0, "s#1", 1), 2);
        assertThat(layout.place(4, 8)).containsExactly(1, 6);
        assertThat(layout.place(14, 14)).containsExactly(1, 14);
        assertThat(layout.place(26, 28)).containsExactly(3, 28);
        assertThat(layout.place(38, 38)).containsExactly(3, 38);
    }
}
