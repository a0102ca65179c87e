package io.ultralink.cli.internal;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.ultralink.error.ConfigurationException;
import io.ultralink.tokens.TokenCounter;
import java.util.Locale;

/** Counts tokens with jtokkit; load once, share. Not API. */
public final class JtokkitCounter implements TokenCounter {

    private final Encoding encoding;
    private final String name;

    /**
     * @param encodingName {@code cl100k_base} or {@code o200k_base}
     */
    public JtokkitCounter(String encodingName) {
        this.name = encodingName.toLowerCase(Locale.ROOT);
        EncodingType type = EncodingType.fromName(name).orElseThrow(() -> new ConfigurationException(
                "config key 'prepare.encoding': unknown token encoding '" + encodingName
                        + "'; use cl100k_base or o200k_base"));
        this.encoding = Encodings.newLazyEncodingRegistry().getEncoding(type);
    }

    @Override
    public int countTokens(String text) {
        return encoding.countTokensOrdinary(text);
    }

    @Override
    public String encodingName() {
        return name;
    }
}
