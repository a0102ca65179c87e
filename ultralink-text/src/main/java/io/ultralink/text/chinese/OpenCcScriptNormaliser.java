package io.ultralink.text.chinese;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import io.ultralink.language.ScriptConversion;
import io.ultralink.language.ScriptNormaliser;
import java.util.Objects;

/**
 * A {@link ScriptNormaliser} that converts Traditional Chinese to Simplified with OpenCC4j when a pack declares
 * {@link ScriptConversion#T2S}, and returns the text unchanged for {@link ScriptConversion#NONE}.
 *
 * <p>The OpenCC4j dictionaries are loaded once, lazily, and shared by every instance. OpenCC4j's conversion
 * is close to, but not identical with, the {@code opencc -c t2s} command (it maps 乾 to 干 everywhere, for
 * example).
 */
public final class OpenCcScriptNormaliser implements ScriptNormaliser {

    private static final OpenCcScriptNormaliser INSTANCE = new OpenCcScriptNormaliser();

    private OpenCcScriptNormaliser() {
    }

    /** Returns the shared normaliser. */
    public static OpenCcScriptNormaliser create() {
        return INSTANCE;
    }

    @Override
    public String normalise(String text, ScriptConversion conversion) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(conversion, "conversion");
        if (conversion == ScriptConversion.NONE || text.isEmpty()) {
            return text;
        }
        return Holder.CONVERTER.toSimple(text);
    }

    /** Lazy holder: the dictionaries load on first conversion only. */
    private static final class Holder {
        static final ZhConvertBootstrap CONVERTER = ZhConvertBootstrap.newInstance().init();
    }
}
