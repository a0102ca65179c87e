package io.ultralink.dialogue.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Derives random generators and seeds from a run seed and a stable id with SHA-256, so the same
 * inputs give the same numbers on every JVM and in every run. Not API.
 */
public final class SeededRandom {

    private SeededRandom() {
    }

    /** A generator for {@code purpose} ("plan", ...) of the segment {@code segmentId}. */
    public static SplittableRandom forSegment(long runSeed, String segmentId, String purpose) {
        return new SplittableRandom(hash(runSeed, segmentId, purpose));
    }

    /** A 64-bit hash of the run seed and the parts, stable across JVMs. */
    public static long hash(long runSeed, String... parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        for (int i = 7; i >= 0; i--) {
            sha.update((byte) (runSeed >>> (8 * i)));
        }
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 0);
            sha.update(bytes);
        }
        byte[] d = sha.digest();
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
        }
        return h;
    }

    /** A non-negative 31-bit sampling seed (every backend accepts it) for one model call. */
    public static long requestSeed(long runSeed, String segmentId, String step, int turn, int attempt) {
        return hash(runSeed, segmentId, step, Integer.toString(turn), Integer.toString(attempt)) & 0x7fffffffL;
    }
}
