package io.ultralink.spark.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The English items of the {@code sources.*} keys, read on the driver as {@code ultralink translate} reads them:
 * ShareGPT chat, MetaMathQA maths, Magicoder and HumanEval code (one list). Not API.
 */
public final class AgnosticSources {

    private AgnosticSources() {
    }

    /** The items by type, in source order; types without a source are absent. */
    public static Map<DataType, List<Conversation>> read(ResolvedConfig config) {
        UltraLinkConfig.Sources src = config.sources();
        Map<DataType, List<Conversation>> out = new EnumMap<>(DataType.class);
        Path sharegpt = file(config, src.sharegpt(), "sources.sharegpt");
        if (sharegpt != null) {
            if (Boolean.FALSE.equals(config.filter().enabled())) {
                throw new ConfigurationException("config key 'filter.enabled: false' is not supported on Spark yet:"
                        + " the culture filter always runs on chat");
            }
            out.put(DataType.CHAT_AGNOSTIC, items(config, sharegpt, SourceFormat.SHAREGPT));
        }
        Path metamath = file(config, src.metamath(), "sources.metamath");
        if (metamath != null) {
            out.put(DataType.MATH, items(config, metamath, SourceFormat.METAMATHQA));
        }
        List<Conversation> code = new ArrayList<>();
        Path magicoder = file(config, src.magicoder(), "sources.magicoder");
        if (magicoder != null) {
            code.addAll(items(config, magicoder, SourceFormat.MAGICODER_OSS));
        }
        Path humaneval = file(config, src.humaneval(), "sources.humaneval");
        if (humaneval != null) {
            code.addAll(items(config, humaneval, SourceFormat.HUMANEVAL));
        }
        if (!code.isEmpty()) {
            out.put(DataType.CODE, code);
        }
        return out;
    }

    private static List<Conversation> items(ResolvedConfig config, Path file, SourceFormat format) {
        List<Conversation> all = new ArrayList<>();
        try (SourceReader in = SourceReader.open(file, format, config.badLinePolicy())) {
            in.forEachRemaining(all::add);
        }
        return all;
    }

    private static Path file(ResolvedConfig config, String value, String key) {
        Path p = config.path(value).orElse(null);
        if (p != null && !Files.isRegularFile(p)) {
            throw new InvalidInputException(p.toString(), 0, "input file does not exist (config key " + key + ")");
        }
        return p;
    }
}
