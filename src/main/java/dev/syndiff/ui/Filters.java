package dev.syndiff.ui;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import java.util.EnumSet;
import java.util.Set;

/** Which finding kinds are highlighted and which roles are shown (the others collapse). */
public record Filters(Set<FindingKind> kinds, Set<Role> roles) {
    public Filters {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(FindingKind.class) : EnumSet.copyOf(kinds);
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Filters all() {
        return new Filters(EnumSet.allOf(FindingKind.class), EnumSet.allOf(Role.class));
    }

    public boolean shows(FindingKind kind) {
        return kinds.contains(kind);
    }

    public Set<Role> hiddenRoles() {
        return EnumSet.complementOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public Filters toggle(FindingKind kind, boolean on) {
        Set<FindingKind> k = EnumSet.noneOf(FindingKind.class);
        k.addAll(kinds);
        if (on) {
            k.add(kind);
        } else {
            k.remove(kind);
        }
        return new Filters(k, roles);
    }

    public Filters toggle(Role role, boolean on) {
        Set<Role> r = EnumSet.noneOf(Role.class);
        r.addAll(roles);
        if (on) {
            r.add(role);
        } else {
            r.remove(role);
        }
        return new Filters(kinds, r);
    }
}
