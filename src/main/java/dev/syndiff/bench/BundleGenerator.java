package dev.syndiff.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes synthetic bundles for speed tests and viewer demos: one clean base story of about
 * {@code words} words built from a seed bundle's body paragraphs, then {@code copies - 1}
 * perturbed copies of it. Pure (strings in, strings out) and reproducible: one
 * {@link Random} seeded from the spec drives every choice.
 */
public final class BundleGenerator {
    private static final int MIN_PARAGRAPH_WORDS = 12;

    /**
     * @param seedTexts the copies of a real bundle; their first line is the headline, their
     *                  long paragraphs the body material
     */
    public List<GeneratedCopy> generate(List<String> seedTexts, GeneratorSpec spec) {
        Random rnd = new Random(spec.seed());
        List<List<String>> pool = paragraphs(seedTexts);
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("the seed bundle has no body paragraphs to build from");
        }
        String headline = headline(seedTexts);
        List<List<String>> base = base(rnd, pool, spec.words() - 12);
        List<String> all = base.stream().flatMap(List::stream).toList();
        List<GeneratedCopy> out = new ArrayList<>();
        out.add(new GeneratedCopy(name(0, spec.copies()), render(headline, "By Staff Reporter", base, List.of())));
        for (int i = 1; i < spec.copies(); i++) {
            out.add(new GeneratedCopy(name(i, spec.copies()), copy(rnd, headline, base, all)));
        }
        return out;
    }

    /** Body paragraphs of every seed copy, split into sentences, verbatim twins dropped. */
    static List<List<String>> paragraphs(List<String> seedTexts) {
        Set<String> seen = new LinkedHashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String text : seedTexts) {
            for (String para : text.replace("\r\n", "\n").split("\n\\s*\n")) {
                String p = para.strip().replaceAll("\\s*\n\\s*", " ");
                if (p.split("\\s+").length >= MIN_PARAGRAPH_WORDS && p.contains(" the ") && seen.add(p)) {
                    out.add(List.of(p.split("(?<=[.!?][”\"’']?)\\s+(?=[A-Z“\"‘'])")));
                }
            }
        }
        return out;
    }

    private static String headline(List<String> seedTexts) {
        for (String t : seedTexts) {
            for (String line : t.split("\n")) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        }
        return "Untitled";
    }

    /** Paragraphs in seed order, then shuffled rounds with shifted numbers, until long enough. */
    private static List<List<String>> base(Random rnd, List<List<String>> pool, int words) {
        List<List<String>> out = new ArrayList<>();
        int count = 0;
        for (int round = 0; count < words; round++) {
            List<List<String>> order = new ArrayList<>(pool);
            if (round > 0) {
                java.util.Collections.shuffle(order, rnd);
            }
            for (List<String> para : order) {
                List<String> p = new ArrayList<>();
                for (String s : para) {
                    String t = round == 0 ? s : Perturbations.paraphrase(rnd, Perturbations.shiftNumbers(s, round * 7));
                    p.add(t);
                    count += t.split("\\s+").length;
                    if (count >= words) {
                        break;
                    }
                }
                out.add(p);
                if (count >= words) {
                    break;
                }
            }
        }
        return out;
    }

    private static String copy(Random rnd, String headline, List<List<String>> base, List<String> all) {
        List<List<String>> body = new ArrayList<>();
        for (List<String> para : base) {
            List<String> p = new ArrayList<>();
            for (String s : para) {
                double roll = rnd.nextDouble();
                if (roll < 0.04) {
                    continue;                                   // deletion
                } else if (roll < 0.12) {
                    s = Perturbations.paraphrase(rnd, s);
                } else if (roll < 0.15) {
                    s = Perturbations.doubleWord(rnd, s);
                }
                if (Perturbations.hasQuote(s) && rnd.nextDouble() < 0.15) {
                    s = Perturbations.alterQuote(rnd, s);
                }
                p.add(s);
                if (rnd.nextDouble() < 0.02) {
                    p.add(Furniture.pick(rnd, all));            // insertion from elsewhere in the story
                }
            }
            if (p.size() > 1 && rnd.nextDouble() < 0.10) {
                int i = rnd.nextInt(p.size() - 1);              // two sentences swap places
                p.add(i + 1, p.remove(i));
            }
            if (!p.isEmpty()) {
                body.add(p);
            }
        }
        if (body.size() > 2 && rnd.nextDouble() < 0.3) {
            int i = rnd.nextInt(body.size() - 1);               // a paragraph moves down one place
            body.add(i + 1, body.remove(i));
        }
        List<String> tail = new ArrayList<>();
        if (rnd.nextDouble() < 0.4) {
            tail.add(Furniture.related(rnd, all));
        }
        if (rnd.nextDouble() < 0.4) {
            tail.add(Furniture.comments(rnd));
        }
        String head = rnd.nextDouble() < 0.3 ? headline + " | " + Furniture.pick(rnd, OUTLETS) : headline;
        return render(head, rnd.nextBoolean() ? "By Staff Reporter" : "By " + Furniture.pick(rnd, OUTLETS) + " staff",
                body, tail, rnd);
    }

    private static final List<String> OUTLETS = List.of("Daily Ledger", "Evening Post", "Metro Wire", "The Observer Online");

    private static String render(String headline, String byline, List<List<String>> body, List<String> tail) {
        return render(headline, byline, body, tail, null);
    }

    private static String render(String headline, String byline, List<List<String>> body, List<String> tail, Random ads) {
        StringBuilder b = new StringBuilder(headline).append("\n\n").append(byline).append("\n\n");
        for (List<String> p : body) {
            b.append(String.join(" ", p)).append("\n\n");
            if (ads != null && ads.nextDouble() < 0.05) {
                b.append(Furniture.ad(ads)).append("\n\n");
            }
        }
        tail.forEach(t -> b.append(t).append("\n\n"));
        return b.toString().strip() + "\n";
    }

    private static String name(int i, int copies) {
        int digits = Math.max(3, Integer.toString(copies - 1).length());
        return String.format("copy_%0" + digits + "d.txt", i);
    }
}
