package dev.syndiff.core.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells the main language of a text as an ISO 639-1 code, or {@code "und"} when the text is too
 * short or no language is confident enough. Wraps Optimaize language-detector 0.6 with all its
 * built-in profiles (70 languages; zh-CN and zh-TW both answer "zh").
 *
 * <p>The detector is built once, lazily, on first use (about 2.5 s and 100 MB of heap on this
 * machine); {@link #warmUp()} lets a caller pay that off the UI thread. It is immutable
 * afterwards, so one instance serves every thread.
 */
public final class LanguageGuess {
    public static final String UNDETERMINED = "und";
    /** Below this many letters a guess is noise ("ok" reads as Slovak). */
    static final int MIN_LETTERS = 12;
    /** Only the first part of a long text is read: enough for a confident guess, and bounded. */
    static final int MAX_CHARS = 1_500;
    /**
     * The detector reads this much first and stops there when it is all but certain: a third of
     * the work, and the same answer on every copy of the samples and the generated bundles.
     */
    static final int FIRST_CHARS = 500;
    static final double CERTAIN = 0.9999;
    private static final double DEFAULT_CONFIDENCE = 0.70;

    private static final class Holder {
        static final LanguageDetector DETECTOR = build();
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();
        /**
         * The same factory without its URL and e-mail filter, for text with neither "http" nor
         * '@' (that filter's two patterns cannot match there, so the text object is the same).
         */
        static final TextObjectFactory PLAIN_TEXTS = new TextObjectFactoryBuilder().maxTextLength(10_000)
                .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3)).build();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .seed(42L) // fixed seed: the detector samples n-grams at random
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("language profiles missing from the classpath", e);
            }
        }
    }

    /** Builds the detector now (idempotent); call from a background thread to hide the cost. */
    public static void warmUp() {
        Holder.DETECTOR.hashCode();
    }

    /** The language of {@code text}, or "und" below 70% confidence or 12 letters. */
    public String guess(String text) {
        return guess(text, DEFAULT_CONFIDENCE);
    }

    /** As {@link #guess(String)} with a caller's confidence floor in [0, 1]. */
    public String guess(String text, double minConfidence) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return UNDETERMINED;
        }
        return decide(text, minConfidence, LanguageGuess::rankSample);
    }

    /**
     * The first {@link #FIRST_CHARS} characters' guess where it is certain, else the guess on the
     * first {@link #MAX_CHARS}; {@code ranker} ranks one sample.
     */
    private static String decide(String text, double minConfidence, Function<String, List<Guess>> ranker) {
        if (text.length() > FIRST_CHARS) {
            String head = text.substring(0, FIRST_CHARS);
            if (letters(head) >= MIN_LETTERS) {
                List<Guess> first = ranker.apply(head);
                if (!first.isEmpty() && first.get(0).probability() >= Math.max(CERTAIN, minConfidence)) {
                    return first.get(0).language();
                }
            }
        }
        List<Guess> ranked = ranker.apply(sample(text));
        if (ranked.isEmpty() || ranked.get(0).probability() < minConfidence) {
            return UNDETERMINED;
        }
        return ranked.get(0).language();
    }

    /**
     * As {@link #guess(String)}, remembering each answer by the sample the detector reads: copies
     * that open with the same text get the same answer without a second detection. {@code memo}
     * belongs to one run (thread-safe if the caller shares it between threads).
     */
    public String guess(String text, Map<String, List<Guess>> memo) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return UNDETERMINED;
        }
        return decide(text, DEFAULT_CONFIDENCE, s -> memo.computeIfAbsent(s, LanguageGuess::rankSample));
    }

    /** All candidate languages with their probabilities, best first; empty for too-short text. */
    public List<Guess> rank(String text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return List.of();
        }
        return rankSample(sample(text));
    }

    private static String sample(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    private static List<Guess> rankSample(String sample) {
        List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(textObject(sample));
        return found.stream()
                .map(d -> new Guess(d.getLocale().getLanguage(), d.getProbability()))
                .toList();
    }

    /** What the detector reads of the sample: URLs and e-mail addresses blanked, minority scripts dropped. */
    static TextObject textObject(String sample) {
        return (sample.indexOf('@') < 0 && !sample.contains("http") ? Holder.PLAIN_TEXTS : Holder.TEXTS).forText(sample);
    }

    /** The same through Optimaize's own factory for large text, always. */
    static TextObject fullTextObject(String sample) {
        return Holder.TEXTS.forText(sample);
    }

    /** One candidate language and the detector's probability for it. */
    public record Guess(String language, double probability) {}

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
