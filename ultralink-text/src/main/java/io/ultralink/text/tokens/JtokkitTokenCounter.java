package io.ultralink.text.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import io.ultralink.error.ConfigurationException;
import io.ultralink.tokens.TokenCounter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link TokenCounter} backed by jtokkit. The default encoding is {@code cl100k_base} (the tokenizer of
 * gpt-3.5/gpt-4 that the UltraLink paper used through tiktoken); {@code o200k_base} is available too.
 *
 * <p>Each encoding is loaded once per JVM (loading costs a few hundred milliseconds) and shared; instances
 * are immutable and thread-safe. For the two encodings counted on the fast path below, jtokkit's own tables are
 * loaded only when a chunk first needs them. Special-token strings such as {@code <|endoftext|>} in the text are counted
 * as ordinary text.
 *
 * <p>For {@code cl100k_base} and {@code o200k_base} the text is counted in chunks cut before spaces, the common
 * chunk shapes byte-pair encoded here with jtokkit's own ranks and the rest by jtokkit: the counts equal
 * jtokkit's {@code countTokensOrdinary}, at a fraction of its cost on prose.
 */
public final class JtokkitTokenCounter implements CutAdditiveTokenCounter {

    /** The default encoding name, {@code cl100k_base}. */
    public static final String DEFAULT_ENCODING = "cl100k_base";

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
    private static final Map<EncodingType, Encoding> LOADED = new EnumMap<>(EncodingType.class);

    private final EncodingType type;
    private final Encoding encoding;
    private final ChunkCounter chunks;

    private JtokkitTokenCounter(EncodingType type) {
        this.type = type;
        this.chunks = switch (type) {
            case CL100K_BASE -> new ChunkCounter(Cl100kRanks.TABLE, () -> load(type), Cl100kPieces::pieceEnd);
            case O200K_BASE -> new ChunkCounter(O200kRanks.TABLE, () -> load(type), O200kPieces::pieceEnd);
            default -> null;
        };
        this.encoding = chunks == null ? load(type) : null;
    }

    /** The {@code cl100k_base} ranks, read once when first needed. */
    private static final class Cl100kRanks {
        static final RankTable TABLE = RankTable.load(EncodingType.CL100K_BASE.getName());
    }

    /** The {@code o200k_base} ranks, read once when first needed. */
    private static final class O200kRanks {
        static final RankTable TABLE = RankTable.load(EncodingType.O200K_BASE.getName());
    }

    /** Returns a counter for {@code cl100k_base}. */
    public static JtokkitTokenCounter cl100k() {
        return new JtokkitTokenCounter(EncodingType.CL100K_BASE);
    }

    /** Returns a counter for {@code o200k_base}. */
    public static JtokkitTokenCounter o200k() {
        return new JtokkitTokenCounter(EncodingType.O200K_BASE);
    }

    /**
     * Returns a counter for the named encoding.
     *
     * @param encodingName {@code cl100k_base} or {@code o200k_base} (other jtokkit encodings are accepted too)
     * @throws ConfigurationException if the name is unknown
     */
    public static JtokkitTokenCounter of(String encodingName) {
        Objects.requireNonNull(encodingName, "encodingName");
        String name = encodingName.strip().toLowerCase(Locale.ROOT);
        for (EncodingType t : EncodingType.values()) {
            if (t.getName().equals(name)) {
                return new JtokkitTokenCounter(t);
            }
        }
        throw new ConfigurationException("unknown token encoding '" + encodingName + "'; known: "
                + Arrays.stream(EncodingType.values()).map(EncodingType::getName).toList());
    }

    private static Encoding load(EncodingType type) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(type, REGISTRY::getEncoding);
        }
    }

    @Override
    public int countTokens(String text) {
        Objects.requireNonNull(text, "text");
        return chunks != null ? chunks.count(text, 0, text.length()) : encoding.countTokensOrdinary(text);
    }

    @Override
    public int countTokens(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        return chunks != null ? chunks.count(text, from, to) : encoding.countTokensOrdinary(text.substring(from, to));
    }

    /**
     * True for {@code cl100k_base} and {@code o200k_base}, whose pre-tokenizers never join a non-space character
     * and a following space (checked against whole-text counts on real and adversarial text); false otherwise.
     */
    @Override
    public boolean additiveBeforeSpaces() {
        return type == EncodingType.CL100K_BASE || type == EncodingType.O200K_BASE;
    }

    @Override
    public String encodingName() {
        return type.getName();
    }

    @Override
    public String toString() {
        return "JtokkitTokenCounter[" + encodingName() + "]";
    }
}
