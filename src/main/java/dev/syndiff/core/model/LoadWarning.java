package dev.syndiff.core.model;

/** A file of the bundle that was refused or read with trouble, and why, in words. */
public record LoadWarning(String file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
