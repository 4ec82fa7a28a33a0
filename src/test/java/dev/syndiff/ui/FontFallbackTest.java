package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts make the viewer pay for priming the CJK fallback fonts at start. */
class FontFallbackTest {
    @Test
    void englishWithCurlyQuotesDashesAndEllipsisNeedsNoFallback() {
        assertThat(FontFallback.needsFallback("\u201CIt\u2019s over\u2026\u201D \u2014 she said \u2013 20\u202F% \u20AC")).isFalse();
    }

    @Test
    void greekCyrillicAndArabicNeedNone() {
        assertThat(FontFallback.needsFallback("\u0391\u03B8\u03AE\u03BD\u03B1 \u041C\u043E\u0441\u043A\u0432\u0430 \u0627\u0644\u0645\u0648\u0627\u0646\u0626")).isFalse();
    }

    @Test
    void hanKanaHangulDevanagariAndHebrewDo() {
        assertThat(FontFallback.needsFallback("abc \u6797")).isTrue();
        assertThat(FontFallback.needsFallback("\u3042")).isTrue();
        assertThat(FontFallback.needsFallback("\uD55C")).isTrue();
        assertThat(FontFallback.needsFallback("\u0928")).isTrue();
        assertThat(FontFallback.needsFallback("\u05E9")).isTrue();
    }
}
