package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static dev.syndiff.core.segment.Pages.roleOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Role;
import org.junit.jupiter.api.Test;

class RelatedArticleRuleTest {
    private static final String HEAD = "Harvest starts two weeks early in the valley\n\n";
    private static final String OTHER = "City library reopens after two-year renovation\n\n"
            + "The central library in Lorvane reopened its doors on Saturday after a renovation that cost about 12 million and added a children's wing.\n\n"
            + "Visitors queued from early morning, and the librarians handed out more than 800 new cards before noon, the city said.";

    @Test
    void articleAfterTheCommentSection() {
        String page = HEAD + BODY + "\n\nComments (1)\n\nreader_1 \u00B7 2 hours ago\nGood for them.\nReply \u00B7 1 like\n\nLog in to comment\n\n" + OTHER;
        assertThat(roleOf(page, "City library reopens")).isEqualTo(Role.RELATED_ARTICLE);
        assertThat(roleOf(page, "Visitors queued")).isEqualTo(Role.RELATED_ARTICLE);
        assertThat(roleOf(page, "Good for them.")).isEqualTo(Role.COMMENT);
    }

    @Test
    void articleAfterTheCopyrightLine() {
        String page = HEAD + BODY + "\n\n\u00A9 2024 Valley Press\n\n" + OTHER;
        assertThat(roleOf(page, "The central library in Lorvane")).isEqualTo(Role.RELATED_ARTICLE);
    }

    @Test
    void articleOnAnotherTopicRightAfterTheStory() {
        String page = HEAD + BODY + "\n\n" + OTHER;
        assertThat(roleOf(page, "City library reopens")).isEqualTo(Role.RELATED_ARTICLE);
        assertThat(roleOf(page, "Officials expect")).isEqualTo(Role.BODY);
    }

    @Test
    void subheadFollowedByMoreOfTheStoryStaysInTheStory() {
        String page = HEAD + BODY + "\n\nMill prices hold steady\n\n"
                + "The valley cooperative said the mill would keep paying last year's price for the wheat harvest, despite the smaller crop.\n\n"
                + "Farmers near the river said the early harvest at least spared them the autumn storms in the valley.";
        assertThat(roleOf(page, "Mill prices hold steady")).isEqualTo(Role.SUBHEAD);
        assertThat(roleOf(page, "Farmers near the river said")).isEqualTo(Role.BODY);
    }
}
