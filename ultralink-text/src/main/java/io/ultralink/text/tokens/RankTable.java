package io.ultralink.text.tokens;

/**
 * The mergeable ranks of a byte-pair encoding, read from the {@code .tiktoken} file that jtokkit ships, in
 * open-addressing tables looked up by a range of a byte array without allocating: tokens of up to four bytes in
 * one {@code long} with their rank, of up to 15 bytes in two {@code long}s next to their rank (one memory access
 * per probe), longer ones by offset into a byte array. Each table is at most half full.
 */
final class RankTable {

    private final byte[] bytes;
    private final int[] offsets;
    private final int[] ranks;
    private final int[] slots;
    private final int[] slotHashes;
    private final int shift;
    private final int mask;
    /** Tokens of five to {@value #PACKED_MAX} bytes: two packed key words and the rank side by side. */
    private final long[] packed;
    private final int packedShift;
    private final int packedMask;
    /** Tokens of at most {@value #SMALL_MAX} bytes, one {@code long} each (bytes, length, rank), to stay in cache. */
    private final long[] small;
    private final int smallShift;
    private final int smallMask;

    private static final int PACKED_MAX = 15;
    private static final int SMALL_MAX = 4;

    /** Builds the tables for tokens {@code bytes[offsets[t], offsets[t + 1])} of rank {@code ranks[t]}, t < count. */
    RankTable(byte[] bytes, int[] offsets, int[] ranks, int count) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.ranks = ranks;
        int smallCount = 0;
        int packedCount = 0;
        for (int t = 0; t < count; t++) {
            int length = offsets[t + 1] - offsets[t];
            smallCount += length <= SMALL_MAX ? 1 : 0;
            packedCount += length > SMALL_MAX && length <= PACKED_MAX ? 1 : 0;
        }
        int smallSize = tableSize(smallCount);
        this.small = new long[smallSize];
        this.smallShift = 64 - Integer.numberOfTrailingZeros(smallSize);
        this.smallMask = smallSize - 1;
        int packedSize = tableSize(packedCount);
        this.packed = new long[3 * packedSize];
        this.packedShift = 64 - Integer.numberOfTrailingZeros(packedSize);
        this.packedMask = packedSize - 1;
        int size = tableSize(count - smallCount - packedCount);
        this.slots = new int[size];
        this.slotHashes = new int[size];
        this.shift = 32 - Integer.numberOfTrailingZeros(size);
        this.mask = size - 1;
        for (int t = 0; t < count; t++) {
            int length = offsets[t + 1] - offsets[t];
            if (length <= SMALL_MAX) {
                putSmall(smallKey(bytes, offsets[t], length), ranks[t]);
            } else if (length <= PACKED_MAX) {
                putPacked(low(bytes, offsets[t], length), high(bytes, offsets[t], length), ranks[t]);
            } else {
                putLong(t, hash(bytes, offsets[t], length));
            }
        }
    }

    /** A power of two at least twice {@code entries} (load factor at most one half). */
    private static int tableSize(int entries) {
        int size = 16;
        while (size < 2 * entries) {
            size <<= 1;
        }
        return size;
    }

    private void putSmall(long key, int rank) {
        int slot = smallSlot(key);
        while (small[slot] != 0) {
            slot = (slot + 1) & smallMask;
        }
        small[slot] = key | (long) rank << 40;
    }

    private void putPacked(long low, long high, int rank) {
        int slot = packedSlot(low, high);
        while (packed[3 * slot + 1] != 0) {
            slot = (slot + 1) & packedMask;
        }
        packed[3 * slot] = low;
        packed[3 * slot + 1] = high;
        packed[3 * slot + 2] = rank;
    }

    private void putLong(int token, int hash) {
        int slot = hash >>> shift;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = token + 1;
        slotHashes[slot] = hash;
    }

    /** Loads the ranks of the named encoding (e.g. {@code cl100k_base}) from jtokkit's resources. */
    static RankTable load(String encodingName) {
        return TiktokenResource.read(encodingName);
    }

    /** The rank of the token {@code b[from, from + length)}, or -1 if it is not a token. */
    int rank(byte[] b, int from, int length) {
        if (length <= SMALL_MAX) {
            long key = smallKey(b, from, length);
            int slot = smallSlot(key);
            for (long entry = small[slot]; entry != 0; entry = small[slot]) {
                if ((entry & SMALL_KEY_MASK) == key) {
                    return (int) (entry >>> 40);
                }
                slot = (slot + 1) & smallMask;
            }
            return -1;
        }
        if (length <= PACKED_MAX) {
            long low = low(b, from, length);
            long high = high(b, from, length);
            int slot = packedSlot(low, high);
            for (long h = packed[3 * slot + 1]; h != 0; h = packed[3 * slot + 1]) {
                if (h == high && packed[3 * slot] == low) {
                    return (int) packed[3 * slot + 2];
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

    private static final long SMALL_KEY_MASK = (1L << 40) - 1;

    /** The bytes of a range of at most four bytes in the low 32 bits, its length above them (so never zero). */
    private static long smallKey(byte[] b, int from, int length) {
        long key = (long) length << 32;
        for (int i = 0; i < length; i++) {
            key |= (b[from + i] & 0xffL) << (8 * i);
        }
        return key;
    }

    private int smallSlot(long key) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> smallShift);
    }

    /** Bytes 0 to 7 of the range, little-endian. */
    private static long low(byte[] b, int from, int length) {
        long key = 0;
        for (int i = 0, n = Math.min(length, 8); i < n; i++) {
            key |= (b[from + i] & 0xffL) << (8 * i);
        }
        return key;
    }

    /** Bytes 8 to 14 of the range in the low seven bytes, the length in the top byte (so never zero). */
    private static long high(byte[] b, int from, int length) {
        long key = (long) length << 56;
        for (int i = 8; i < length; i++) {
            key |= (b[from + i] & 0xffL) << (8 * (i - 8));
        }
        return key;
    }

    private int packedSlot(long low, long high) {
        return (int) ((low * 0x9E3779B97F4A7C15L ^ high) * 0xC2B2AE3D27D4EB4FL >>> packedShift);
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
