package io.ultralink.cli;

/** Placeholder. */
public final class UltraLinkCli {
    private UltraLinkCli() {
    }

    /** Entry point. @param args arguments */
    public static void main(String[] args) {
    }
}
