package io.ultralink.cli.internal;

/** One step of the UltraLink build, run on a session. Not API. */
public interface Stage {

    /** @return the stage's name, as on the command line */
    String name();

    /**
     * Runs the stage.
     *
     * @param session the session
     * @return what it did
     */
    StageReport run(RunSession session);
}
