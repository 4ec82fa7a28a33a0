package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;

/**
 * Whole lines that are ad junk: ad labels on their own line ("ADVERTISEMENT", "Continue reading
 * below", "Реклама"), ad-slot names left by a template ("Bottom russia"), and short lines wholly
 * in a script the copy is not written in.
 */
final class AdRule {
    private AdRule() {
    }

    static void apply(Markup m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.free(i) && isAd(m.page, m.line(i))) m.claim(i, Role.AD_ARTIFACT);
        }
    }

    static boolean isAd(Page page, Line l) {
        if (l.words() > 8) return false;
        return Lexicons.AD_LABELS.isWhole(l.norm()) || slotLine(l) || ForeignScript.wholeLine(page, l.text());
    }

    /** "bottom russia", "top-banner", "mpu_2": a slot word and a lower-case slug, nothing else. */
    private static boolean slotLine(Line l) {
        String[] toks = l.text().split("[\\s_\\-]+");
        if (toks.length < 2 || toks.length > 3) return false;
        if (!Lexicons.AD_SLOTS.contains(Lexicon.norm(toks[0]))) return false;
        for (int k = 1; k < toks.length; k++) {
            String t = toks[k];
            if (t.isEmpty() || !t.chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
