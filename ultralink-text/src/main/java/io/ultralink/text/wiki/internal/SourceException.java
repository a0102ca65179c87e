package io.ultralink.text.wiki.internal;

import java.io.IOException;

/** A failure of the compressed source, carrying the compressed byte offset where it was noticed. */
public final class SourceException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long offset;

    /** Creates the exception. */
    public SourceException(long offset, Throwable cause) {
        super("at compressed byte offset " + offset + ": " + cause.getMessage(), cause);
        this.offset = offset;
    }

    /** The compressed byte offset. */
    public long offset() {
        return offset;
    }
}
