package dev.syndiff.core.classify;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One finding per block that is not the story: each reader comment with its user and reply
 * lines, the comment heading, the sign-in prompts, each ad string, a photo block inside the
 * body and a whole appended article. Chrome is a role only, never a finding.
 */
public final class SpilloverRule implements FindingRule {
    /** A comment's closing line: reply links, like counts, a bare number. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)^\\W*(\\d+\\s*)?(repl(y|ies)|likes?|report|share|vote|votes|antworten|r\u00e9pondre|responder|rispondi)\\b.{0,40}$|^\\W*\\d+\\W*$");

    @Override
    public List<Finding> apply(ClassifyContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Article a : ctx.articles()) {
            List<Segment> segs = a.segments();
            int firstBody = firstIndex(segs, Role.BODY);
            int i = 0;
            while (i < segs.size()) {
                Segment s = segs.get(i);
                Role r = s.role();
                if (r == Role.AD_ARTIFACT) {
                    out.add(ctx.finding(FindingKind.SPILLOVER, a.id(), s.span(), null, 0.9,
                            "Ad text \u2018" + ClassifyContext.excerpt(s.text()) + "\u2019 is spliced into the story."));
                    i++;
                } else if (r == Role.RELATED_ARTICLE) {
                    int j = runEnd(segs, i, Role.RELATED_ARTICLE);
                    out.add(block(ctx, a, segs, i, j, "Another article (\u2018"
                            + ClassifyContext.excerpt(s.text()) + "\u2019) is appended to the story."));
                    i = j;
                } else if (r == Role.CAPTION && firstBody >= 0 && i > firstBody && hasBodyAfter(segs, i)) {
                    int j = runEnd(segs, i, Role.CAPTION);
                    out.add(block(ctx, a, segs, i, j, "A photo block (caption or credit) sits inside the story text."));
                    i = j;
                } else if (r == Role.COMMENT || r == Role.COMMENT_CHROME) {
                    i = comments(ctx, a, segs, i, out);
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** The comment section from i: heading, then each comment with its furniture, then prompts. */
    private int comments(ClassifyContext ctx, Article a, List<Segment> segs, int i, List<Finding> out) {
        int end = i;
        while (end < segs.size() && (segs.get(end).role() == Role.COMMENT || segs.get(end).role() == Role.COMMENT_CHROME)) {
            end++;
        }
        int firstComment = -1;
        for (int k = i; k < end; k++) {
            if (segs.get(k).role() == Role.COMMENT) {
                firstComment = k;
                break;
            }
        }
        if (firstComment < 0) {
            out.add(block(ctx, a, segs, i, end, "Comment-section furniture (sign-in prompts, headings) is not part of the story."));
            return end;
        }
        // furniture right before the first comment that is not its user line is the heading
        int headingEnd = firstComment - 1;
        if (headingEnd > i) {
            out.add(block(ctx, a, segs, i, headingEnd, "The heading of the reader-comment section is not part of the story."));
        } else {
            headingEnd = i;
        }
        int start = headingEnd;
        int k = firstComment;
        while (k < end) {
            int stop = k + 1;
            if (stop < end && CLOSING.matcher(segs.get(stop).text()).find()) {
                stop++;
            }
            int next = stop;
            while (next < end && segs.get(next).role() == Role.COMMENT_CHROME) {
                next++;
            }
            boolean last = next >= end;
            if (last && next > stop) {
                out.add(block(ctx, a, segs, start, stop, "A reader\u2019s comment, not part of the story."));
                out.add(block(ctx, a, segs, stop, end, "Comment-section prompts (sign in, subscribe) are not part of the story."));
                return end;
            }
            out.add(block(ctx, a, segs, start, last ? end : stop, "A reader\u2019s comment, not part of the story."));
            start = stop;
            k = next;
        }
        return end;
    }

    private static Finding block(ClassifyContext ctx, Article a, List<Segment> segs, int from, int to, String why) {
        Span span = new Span(segs.get(from).start(), segs.get(to - 1).end());
        return ctx.finding(FindingKind.SPILLOVER, a.id(), span, null, 0.85, why);
    }

    private static int runEnd(List<Segment> segs, int i, Role role) {
        int j = i;
        while (j < segs.size() && segs.get(j).role() == role) {
            j++;
        }
        return j;
    }

    private static int firstIndex(List<Segment> segs, Role role) {
        for (int i = 0; i < segs.size(); i++) {
            if (segs.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasBodyAfter(List<Segment> segs, int i) {
        for (int k = i + 1; k < segs.size(); k++) {
            if (segs.get(k).role() == Role.BODY) {
                return true;
            }
        }
        return false;
    }
}
