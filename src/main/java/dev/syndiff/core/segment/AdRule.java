package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;
import java.util.regex.Pattern;

/**
 * Whole lines that are ad junk: ad labels on their own line ("ADVERTISEMENT", "Continue reading
 * below", "Реклама"), ad-slot names left by a template ("Bottom russia"), and short lines wholly
 * in a script the copy is not written in.
 */
final class AdRule {
    private static final Pattern SLUG_SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private AdRule() {
    }

    static void apply(Markup m) {
        boolean top = true;
        for (int i = 0; i < m.size(); i++) {
            Line l = m.line(i);
            if (top) {
                top = !LineShape.paragraphLike(l.text(), l.words()); // the line's word count, counted once
            }
            if (m.free(i) && isAd(m.page, l, top)) m.claim(i, Role.AD_ARTIFACT);
        }
    }

    /** @param top the line stands above the story's first paragraph, where template slots sit */
    static boolean isAd(Page page, Line l, boolean top) {
        if (l.words() > 8) return false;
        return Lexicons.AD_LABELS.isWhole(l.norm()) || slotLine(l, top) || ForeignScript.wholeLine(page, l.text());
    }

    /**
     * "bottom russia", "leaderboard-home", "mpu_2": a slot word and a lower-case slug, nothing else.
     * Position words (top, bottom, middle) name a slot only above the story ("Top priority" later is a subhead).
     */
    private static boolean slotLine(Line l, boolean top) {
        String[] toks = SLUG_SEPARATORS.split(l.text());
        if (toks.length < 2 || toks.length > 3) return false;
        String slot = Lexicon.norm(toks[0]);
        if (!Lexicons.AD_SLOTS.contains(slot) && !(top && Lexicons.AD_SLOT_POSITIONS.contains(slot))) return false;
        for (int k = 1; k < toks.length; k++) {
            String t = toks[k];
            if (t.isEmpty() || !t.chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
