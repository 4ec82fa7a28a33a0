package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class CommentSectionRuleTest {
    private static final String HEAD = "Harvest starts two weeks early in the valley\n\n";

    @Test
    void commentThreadWithUserLinesRepliesAndPrompts() {
        String page = HEAD + BODY + "\n\nReader comments (2)\nSort by: Oldest\n\nmill_hand9 \u00B7 5 hours ago\n"
                + "The early harvest is good news for the mill.\nReply \u00B7 3 likes\n\n    GreenAcre \u00B7 4 hours ago\n"
                + "    Replying to mill_hand9\n    Not for the bakers, prices will still go up.\n    Reply \u00B7 1 like\n\n"
                + "Sign in to join the conversation";
        Article a = Pages.segment(page);
        assertThat(roleOf(a, "Reader comments (2)")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "Sort by: Oldest")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "mill_hand9 \u00B7 5 hours ago")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "The early harvest is good news for the mill.")).isEqualTo(Role.COMMENT);
        assertThat(roleOf(a, "Reply \u00B7 3 likes")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "Replying to mill_hand9")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "Not for the bakers")).isEqualTo(Role.COMMENT);
        assertThat(roleOf(a, "Sign in to join the conversation")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "Officials expect")).isEqualTo(Role.BODY);
    }

    @Test
    void germanCommentsWithMultiWordActions() {
        String page = HEAD + BODY + "\n\nKommentare (1)\nZum Kommentieren bitte anmelden\n\nKlaus_M \u00B7 vor 3 Stunden\n"
                + "Das war zu erwarten.\nAntworten \u00B7 2 Gef\u00E4llt mir";
        Article a = Pages.segment(page);
        assertThat(roleOf(a, "Das war zu erwarten.")).isEqualTo(Role.COMMENT);
        assertThat(roleOf(a, "Antworten \u00B7 2 Gef\u00E4llt mir")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "Klaus_M \u00B7 vor 3 Stunden")).isEqualTo(Role.COMMENT_CHROME);
    }

    @Test
    void eachCommentIsItsOwnSegment() {
        String page = HEAD + BODY + "\n\nComments\n\n1. First reader says the spring was dry.\n\n2. Second reader disagrees entirely.";
        Article a = Pages.segment(page);
        assertThat(a.segments().stream().filter(s -> s.role() == Role.COMMENT).count()).isEqualTo(2);
        // the thread numbers are furniture, so each comment is bounded by it
        assertThat(roleOf(a, "1.")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "First reader says the spring was dry.")).isEqualTo(Role.COMMENT);
    }

    @Test
    void threadNumbers() {
        assertThat(CommentSectionRule.threadNumber("1. First reader")).isEqualTo(2);
        assertThat(CommentSectionRule.threadNumber("2.3) Nested reply")).isEqualTo(4);
        assertThat(CommentSectionRule.threadNumber("#4 Good point")).isEqualTo(2);
        assertThat(CommentSectionRule.threadNumber("1998 was worse.")).isZero();
        assertThat(CommentSectionRule.threadNumber("3.5 percent is a lot")).isZero();
        assertThat(CommentSectionRule.threadNumber("12.")).isZero();
    }

    @Test
    void paywallPromptInsideTheStoryDoesNotOpenACommentSection() {
        String page = HEAD + BODY.replace("\n\nOfficials", "\n\nSign in to read more stories like this\n\nOfficials");
        assertThat(roleOf(page, "Officials expect")).isEqualTo(Role.BODY);
    }

    @Test
    void commentCountNearTheTopDoesNotOpenACommentSection() {
        String page = "Harvest starts two weeks early in the valley\nComments (12)\n\n" + BODY;
        assertThat(roleOf(page, "Officials expect")).isEqualTo(Role.BODY);
    }

    @Test
    void userNameAndDateLinesOfAThreadAreFurniture() {
        String page = HEAD + BODY + "\n\nComments\n\nMarta Lind\n04.06.2024 10:12\nThe spring was the driest I remember.\n\n"
                + "grain_fan77\n04.06.2024 11:40\nSame here in the south.";
        Article a = Pages.segment(page);
        assertThat(roleOf(a, "Marta Lind")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "04.06.2024 10:12")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "grain_fan77")).isEqualTo(Role.COMMENT_CHROME);
        assertThat(roleOf(a, "The spring was the driest I remember.")).isEqualTo(Role.COMMENT);
        assertThat(roleOf(a, "Same here in the south.")).isEqualTo(Role.COMMENT);
    }
}
