package org.rampart.shared;

import java.util.Objects;

/**
 * Where an actor may act: the subtree of jurisdictions below one, named by its materialised path ({@code /1/5/}), or
 * the whole tree ({@link #WHOLE_TREE}). Queries filter by {@link #path()} with a prefix match.
 */
public record Scope(String path) implements java.io.Serializable {

    /** The whole jurisdiction tree: the scope of the system, the command line and a root's administrators. */
    public static final Scope WHOLE_TREE = new Scope("/");

    public Scope {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("a scope path starts and ends with '/': " + path);
        }
    }

    /** The scope of a materialised path; the whole tree for {@code "/"}. */
    public static Scope of(String path) {
        return "/".equals(path) ? WHOLE_TREE : new Scope(path);
    }

    /** True when this is the whole tree (the global scope, not merely a root's subtree). */
    public boolean isWholeTree() {
        return "/".equals(path);
    }

    /** True when the record at this materialised path lies in the scope. */
    public boolean covers(String recordPath) {
        return recordPath != null && recordPath.startsWith(path);
    }

    @Override
    public String toString() {
        return path;
    }
}
