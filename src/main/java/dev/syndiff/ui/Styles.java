package dev.syndiff.ui;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.WordEdit;
import java.util.Locale;

/** CSS class names and labels for the model's enumerations; the colors live in the CSS. */
public final class Styles {
    private Styles() {
    }

    static String css(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String of(FindingKind kind) {
        return "diff-" + css(kind);
    }

    public static String of(Role role) {
        return "role-" + css(role);
    }

    public static String of(Relation relation) {
        return "rel-" + css(relation);
    }

    public static String of(QuoteStatus status) {
        return "quote-" + css(status);
    }

    public static String of(WordEdit.Type type) {
        return "edit-" + css(type);
    }

    public static String label(Enum<?> e) {
        String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Roles shown muted (not the story itself). */
    public static boolean muted(Role role) {
        return role != Role.BODY && role != Role.HEADLINE && role != Role.SUBHEAD;
    }

    /**
     * Makes {@code wanted} (or none, if null) the one class of {@code classes} that starts with
     * {@code prefix}, touching the list only where it differs: a cell reused for a row of the same
     * kind keeps its classes, and so is not sent through CSS again.
     */
    static void swap(java.util.List<String> classes, String prefix, String wanted) {
        classes.removeIf(c -> c.startsWith(prefix) && !c.equals(wanted));
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }
}
