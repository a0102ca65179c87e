package io.ultralink.cli.download;

/** Hears about a download's progress. */
public interface DownloadListener {

    /** A listener that ignores everything. */
    DownloadListener NONE = new DownloadListener() {
    };

    /**
     * The transfer starts.
     *
     * @param totalBytes the file's full size, or -1 when the server does not say
     * @param resumedFrom bytes already on disk from an earlier, interrupted download
     */
    default void started(long totalBytes, long resumedFrom) {
    }

    /**
     * More bytes arrived.
     *
     * @param bytesSoFar bytes on disk now
     */
    default void progressed(long bytesSoFar) {
    }

    /** The transfer ended, successfully or not. */
    default void finished() {
    }
}
