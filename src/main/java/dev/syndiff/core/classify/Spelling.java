package dev.syndiff.core.classify;

/** Folds British and American spellings together: "favour"/"favor", "organise"/"organize". */
final class Spelling {
    private Spelling() {
    }

    static String fold(String w) {
        if (w.length() < 5) {
            return w;
        }
        String s = w;
        if (s.endsWith("our") && s.length() > 5) {
            s = s.substring(0, s.length() - 3) + "or";
        } else if (s.endsWith("ise") || s.endsWith("ised") || s.endsWith("ising") || s.endsWith("isation")) {
            s = s.replaceFirst("is(e|ed|ing|ation)$", "iz$1");
        } else if (s.endsWith("tre")) {
            s = s.substring(0, s.length() - 3) + "ter";
        } else if (s.endsWith("ogue")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replace("lled", "led").replace("lling", "ling");
    }
}
