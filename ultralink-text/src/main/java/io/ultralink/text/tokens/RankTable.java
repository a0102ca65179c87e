package io.ultralink.text.tokens;

import com.knuddels.jtokkit.Encodings;
import io.ultralink.error.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The mergeable ranks of a byte-pair encoding, read from the {@code .tiktoken} file that jtokkit ships, in
 * open-addressing tables looked up by a range of a byte array without allocating: short tokens packed into one
 * {@code long} next to their rank (one memory access per probe), longer ones by offset into a byte array.
 */
final class RankTable {

    private final byte[] bytes;
    private final int[] offsets;
    private final int[] ranks;
    private final int[] slots;
    private final int[] slotHashes;
    private final int shift;
    private final int mask;
    /** Tokens of at most {@value #PACKED_MAX} bytes: packed key and rank side by side, one memory access. */
    private final long[] packed;
    private final int packedShift;
    private final int packedMask;

    private static final int PACKED_MAX = 7;

    private RankTable(byte[] bytes, int[] offsets, int[] ranks, int count) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.ranks = ranks;
        int size = Integer.highestOneBit(Math.max(16, count * 3)) << 1;
        this.slots = new int[size];
        this.slotHashes = new int[size];
        this.shift = 32 - Integer.numberOfTrailingZeros(size);
        this.mask = size - 1;
        for (int t = 0; t < count; t++) {
            int hash = hash(bytes, offsets[t], offsets[t + 1] - offsets[t]);
            int slot = hash >>> shift;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = t + 1;
            slotHashes[slot] = hash;
        }
        int packedSize = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
        this.packed = new long[2 * packedSize];
        this.packedShift = 64 - Integer.numberOfTrailingZeros(packedSize);
        this.packedMask = packedSize - 1;
        for (int t = 0; t < count; t++) {
            int length = offsets[t + 1] - offsets[t];
            if (length <= PACKED_MAX) {
                long key = pack(bytes, offsets[t], length);
                int slot = (int) (key * 0x9E3779B97F4A7C15L >>> packedShift);
                while (packed[2 * slot] != 0) {
                    slot = (slot + 1) & packedMask;
                }
                packed[2 * slot] = key;
                packed[2 * slot + 1] = ranks[t];
            }
        }
    }

    /** Loads the ranks of the named encoding (e.g. {@code cl100k_base}) from jtokkit's resources. */
    static RankTable load(String encodingName) {
        String resource = "/com/knuddels/jtokkit/" + encodingName + ".tiktoken";
        try (InputStream in = Encodings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("jtokkit resource " + resource + " not found");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            byte[] all = new byte[1 << 20];
            int[] offsets = new int[1 << 17];
            int[] ranks = new int[1 << 17];
            int count = 0;
            int length = 0;
            Base64.Decoder decoder = Base64.getDecoder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int space = line.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                byte[] token = decoder.decode(line.substring(0, space));
                if (count + 2 > offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    ranks = Arrays.copyOf(ranks, ranks.length * 2);
                }
                while (length + token.length > all.length) {
                    all = Arrays.copyOf(all, all.length * 2);
                }
                System.arraycopy(token, 0, all, length, token.length);
                offsets[count] = length;
                ranks[count] = Integer.parseInt(line.substring(space + 1).strip());
                length += token.length;
                count++;
                offsets[count] = length;
            }
            return new RankTable(all, offsets, ranks, count);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read jtokkit resource " + resource + ": " + e, e);
        }
    }

    /** The rank of the token {@code b[from, from + length)}, or -1 if it is not a token. */
    int rank(byte[] b, int from, int length) {
        if (length <= PACKED_MAX) {
            long key = pack(b, from, length);
            int slot = (int) (key * 0x9E3779B97F4A7C15L >>> packedShift);
            for (long k = packed[2 * slot]; k != 0; k = packed[2 * slot]) {
                if (k == key) {
                    return (int) packed[2 * slot + 1];
                }
                slot = (slot + 1) & packedMask;
            }
            return -1;
        }
        int hash = hash(b, from, length);
        int slot = hash >>> shift;
        for (int t = slots[slot]; t != 0; t = slots[slot]) {
            if (slotHashes[slot] == hash) {
                int offset = offsets[t - 1];
                if (offsets[t] - offset == length && sameBytes(offset, b, from, length)) {
                    return ranks[t - 1];
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The bytes in the low seven bytes, the length in the top byte (never zero for a non-empty range). */
    private static long pack(byte[] b, int from, int length) {
        long key = (long) length << 56;
        for (int i = 0; i < length; i++) {
            key |= (b[from + i] & 0xffL) << (8 * i);
        }
        return key;
    }

    private boolean sameBytes(int offset, byte[] b, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[offset + i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] b, int from, int length) {
        int h = length;
        for (int i = from; i < from + length; i++) {
            h = (h + b[i]) * 0x9E3779B9;
            h ^= h >>> 15;
        }
        return h * 0x85EBCA6B;
    }
}
