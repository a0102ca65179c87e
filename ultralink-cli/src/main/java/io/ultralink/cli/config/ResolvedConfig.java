package io.ultralink.cli.config;

import io.ultralink.error.ConfigurationException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.model.LanguageCode;
import io.ultralink.run.ResumeMode;
import io.ultralink.translate.AdequacyMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded configuration with its defaults applied and its relative paths resolved against the
 * config file's folder.
 */
public final class ResolvedConfig {

    /** Default run seed. */
    public static final long DEFAULT_SEED = 42;
    /** Default target languages, the paper's five. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en", "zh", "ru", "fr", "es");

    private final UltraLinkConfig raw;
    private final Path base;
    private final Path file;

    ResolvedConfig(UltraLinkConfig raw, Path base, Path file) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.base = Objects.requireNonNull(base, "base");
        this.file = file;
    }

    /** @return the configuration as bound from the file and options, without defaults */
    public UltraLinkConfig raw() {
        return raw;
    }

    /** @return the config file, if one was given */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return the target languages, validated for shape */
    public List<LanguageCode> languages() {
        List<String> codes = raw.languages() == null || raw.languages().isEmpty() ? DEFAULT_LANGUAGES : raw.languages();
        List<LanguageCode> out = new ArrayList<>();
        for (String c : codes) {
            try {
                out.add(LanguageCode.of(c));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("config key 'languages': " + e.getMessage());
            }
        }
        return out;
    }

    /** @return the output folder */
    public Path output() {
        return path(raw.output()).orElse(base.resolve("ultralink-out"));
    }

    /** @return the run seed */
    public long seed() {
        return raw.seed() == null ? DEFAULT_SEED : raw.seed();
    }

    /** @return whether network access is forbidden */
    public boolean offline() {
        return Boolean.TRUE.equals(raw.offline());
    }

    /** @return whether this is a forecast-only run */
    public boolean dryRun() {
        return Boolean.TRUE.equals(raw.dryRun());
    }

    /** @return the backend section, never null */
    public UltraLinkConfig.Backend backend() {
        return raw.backend() != null ? raw.backend()
                : new UltraLinkConfig.Backend(null, null, null, null, null, null, null, null, null);
    }

    /** @return the default-model section, never null */
    public UltraLinkConfig.DefaultModel defaultModel() {
        return raw.defaultModel() != null ? raw.defaultModel()
                : new UltraLinkConfig.DefaultModel(null, null, null, null, null, null, null);
    }

    /** @return the prepare section, never null */
    public UltraLinkConfig.Prepare prepare() {
        return raw.prepare() != null ? raw.prepare() : new UltraLinkConfig.Prepare(null, null, null, null, null, null,
                null);
    }

    /** @return the dump files, resolved */
    public List<Path> dumps() {
        List<Path> out = new ArrayList<>();
        if (prepare().dumps() != null) {
            prepare().dumps().forEach(d -> out.add(base.resolve(d).normalize()));
        }
        return out;
    }

    /** @return the language pack files, resolved, in the order given */
    public List<Path> packFiles() {
        List<Path> out = new ArrayList<>();
        if (raw.packs() != null) {
            raw.packs().forEach(p -> out.add(path(p).orElseThrow(
                    () -> new ConfigurationException("config key 'packs' (option --pack): an entry is empty"))));
        }
        return out;
    }

    /** @return the language of every dump, when set (config key prepare.language) */
    public Optional<LanguageCode> dumpLanguage() {
        String code = prepare().language();
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LanguageCode.of(code.strip()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("config key 'prepare.language' (option --language): " + e.getMessage());
        }
    }

    /** @return the segments file */
    public Path segmentsFile() {
        return path(prepare().segments()).orElse(output().resolve("segments.jsonl"));
    }

    /** @return the generate section, never null */
    public UltraLinkConfig.Generate generate() {
        return raw.generate() != null ? raw.generate() : new UltraLinkConfig.Generate(null, null, null, null, null);
    }

    /** @return the sources section, never null */
    public UltraLinkConfig.Sources sources() {
        return raw.sources() != null ? raw.sources() : new UltraLinkConfig.Sources(null, null, null, null);
    }

    /** @return the filter section, never null */
    public UltraLinkConfig.Filter filter() {
        return raw.filter() != null ? raw.filter() : new UltraLinkConfig.Filter(null, null);
    }

    /** @return the translate section, never null */
    public UltraLinkConfig.Translate translate() {
        return raw.translate() != null ? raw.translate() : new UltraLinkConfig.Translate(null, null, null, null);
    }

    /** @return the meaning checks of translations, default {@link AdequacyMode#BOTH} */
    public AdequacyMode adequacy() {
        String v = translate().adequacy();
        try {
            return v == null ? AdequacyMode.BOTH : AdequacyMode.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("config key 'translate.adequacy' (option --adequacy): " + e.getMessage());
        }
    }

    /** @return the prune section, never null */
    public UltraLinkConfig.Prune prune() {
        return raw.prune() != null ? raw.prune() : new UltraLinkConfig.Prune(null, null, null);
    }

    /** @return the mix output format name, default {@code ultralink} */
    public String mixFormat() {
        return raw.mix() == null || raw.mix().format() == null ? "ultralink"
                : raw.mix().format().toLowerCase(Locale.ROOT);
    }

    /** @return the limits section, never null */
    public UltraLinkConfig.Limits limits() {
        return raw.limits() != null ? raw.limits() : new UltraLinkConfig.Limits(null, null);
    }

    /**
     * @return what the run does with earlier work
     * @throws ConfigurationException when both rerun-changed and fresh are asked for
     */
    public ResumeMode resumeMode() {
        UltraLinkConfig.Resume r = raw.resume();
        boolean rerun = r != null && Boolean.TRUE.equals(r.rerunChanged());
        boolean fresh = r != null && Boolean.TRUE.equals(r.fresh());
        if (rerun && fresh) {
            throw new ConfigurationException("give one of --rerun-changed (config key resume.rerunChanged) and "
                    + "--fresh (config key resume.fresh), not both");
        }
        return fresh ? ResumeMode.FRESH : rerun ? ResumeMode.RERUN_CHANGED : ResumeMode.RESUME;
    }

    /** @return whether the response cache is used (never in a dry run) */
    public boolean cacheEnabled() {
        return !dryRun() && (raw.cache() == null || !Boolean.FALSE.equals(raw.cache().enabled()));
    }

    /** @return the response cache file, by default {@code cache/responses.sqlite} in the output folder */
    public Path cacheFile() {
        return path(raw.cache() == null ? null : raw.cache().path())
                .orElse(output().resolve("cache").resolve("responses.sqlite"));
    }

    /** @return the price table, model name to price, possibly empty */
    public Map<String, UltraLinkConfig.Price> prices() {
        return raw.prices() != null ? raw.prices() : Map.of();
    }

    /** @return whether progress output is suppressed */
    public boolean quiet() {
        return raw.progress() != null && Boolean.TRUE.equals(raw.progress().quiet());
    }

    /** @return {@code text} or {@code json} */
    public String logFormat() {
        String f = raw.progress() == null || raw.progress().logFormat() == null ? "text"
                : raw.progress().logFormat().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new ConfigurationException("config key 'progress.logFormat' must be text or json, was '" + f + "'");
        }
        return f;
    }

    /** @return the input section, never null */
    public UltraLinkConfig.Input input() {
        return raw.input() != null ? raw.input() : new UltraLinkConfig.Input(null, null, null);
    }

    /** @return what readers do with a bad record, {@code input.badLines}, default fail */
    public BadLinePolicy badLinePolicy() {
        String v = input().badLines() == null ? "fail" : input().badLines().strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "fail":
                return BadLinePolicy.FAIL;
            case "skip":
                return BadLinePolicy.SKIP;
            default:
                throw new ConfigurationException("config key 'input.badLines' (option --bad-input) must be fail or "
                        + "skip, was '" + input().badLines() + "'");
        }
    }

    /** @return the longest JSONL line kept, {@code input.maxLineBytes} */
    public long maxLineBytes() {
        return bytes(input().maxLineBytes(), "input.maxLineBytes", "--max-line-bytes");
    }

    /** @return the longest dump page text kept, {@code input.maxPageBytes} */
    public long maxPageBytes() {
        return bytes(input().maxPageBytes(), "input.maxPageBytes", "--max-page-bytes");
    }

    private static long bytes(Long value, String key, String option) {
        if (value == null) {
            return JsonlReader.DEFAULT_MAX_LINE_BYTES;
        }
        if (value < 1 || value > JsonlReader.LARGEST_LINE_BOUND) {
            throw new ConfigurationException("config key '" + key + "' (option " + option + ") must be from 1 to "
                    + JsonlReader.LARGEST_LINE_BOUND + " bytes, was " + value);
        }
        return value;
    }

    /**
     * Resolves an optional path setting against the config file's folder.
     *
     * @param value the setting, may be null
     * @return the resolved path
     */
    public Optional<Path> path(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        return Optional.of(base.resolve(v).normalize());
    }
}
