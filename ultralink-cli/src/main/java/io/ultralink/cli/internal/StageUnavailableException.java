package io.ultralink.cli.internal;

import io.ultralink.error.ConfigurationException;

/** A pipeline stage whose implementation is not part of this build. Not API. */
public final class StageUnavailableException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    /**
     * @param stage the stage name
     * @param missing what is missing (a class or artifact)
     */
    public StageUnavailableException(String stage, String missing) {
        super("stage '" + stage + "' is not available in this build (" + missing + " is missing)");
    }
}
