package io.ultralink.language;

import io.ultralink.error.ConfigurationException;
import io.ultralink.language.internal.PackReader;
import io.ultralink.model.LanguageCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A registry of language packs.
 *
 * <p>Packs come from three places: the built-in packs (en, zh, ru, fr, es), packs on the class path
 * and pack files on disk. A jar contributes class-path packs by listing their resource paths, one a
 * line, in {@value #INDEX}; this is how a language is added without code. A pack added later
 * replaces an earlier pack of the same language, so a user's file can override a built-in pack.
 */
public final class LanguagePacks {

    /** The class-path index file that lists pack resources, one path a line ({@code #} comments allowed). */
    public static final String INDEX = "META-INF/ultralink/language-packs.txt";

    /** The built-in languages. */
    public static final List<LanguageCode> BUILT_IN = List.of(LanguageCode.EN, LanguageCode.ZH, LanguageCode.RU,
            LanguageCode.FR, LanguageCode.ES);

    /**
     * The marker of a pack value still to be written natively, as {@code ultralink pack init} leaves it; a pack
     * with a value holding it is refused at load.
     */
    public static final String NATIVE_TODO = "TODO(native)";

    private static final String BUILT_IN_DIR = "io/ultralink/language/packs/";

    private final Map<LanguageCode, LanguagePack> packs;

    private LanguagePacks(Map<LanguageCode, LanguagePack> packs) {
        this.packs = Collections.unmodifiableMap(new LinkedHashMap<>(packs));
    }

    /** The built-in packs plus every pack listed in a class-path index. */
    public static LanguagePacks load() {
        return builder().addBuiltIn().addClassPath(Thread.currentThread().getContextClassLoader()).build();
    }

    /** A builder starting empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** The pack of {@code code}, or a {@link ConfigurationException} listing the languages available. */
    public LanguagePack get(LanguageCode code) {
        LanguagePack pack = packs.get(Objects.requireNonNull(code, "code"));
        if (pack == null) {
            throw new ConfigurationException("no language pack for '" + code + "'; available: " + codes()
                    + ". Add a pack file with Builder.addFile or list it in " + INDEX);
        }
        return pack;
    }

    /** The pack of {@code code}, if loaded. */
    public Optional<LanguagePack> find(LanguageCode code) {
        return Optional.ofNullable(packs.get(code));
    }

    /** The languages with a pack, sorted. */
    public Set<LanguageCode> codes() {
        return Collections.unmodifiableSet(new TreeSet<>(packs.keySet()));
    }

    /** All packs in load order. */
    public Collection<LanguagePack> all() {
        return packs.values();
    }

    /** Collects packs; later packs replace earlier ones of the same language. */
    public static final class Builder {
        private final Map<LanguageCode, LanguagePack> packs = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds the five built-in packs. */
        public Builder addBuiltIn() {
            for (LanguageCode code : BUILT_IN) {
                addResource(LanguagePacks.class.getClassLoader(), BUILT_IN_DIR + code + ".yaml");
            }
            return this;
        }

        /** Adds every pack listed in an {@value #INDEX} visible to {@code loader}. */
        public Builder addClassPath(ClassLoader loader) {
            ClassLoader cl = loader != null ? loader : LanguagePacks.class.getClassLoader();
            try {
                Enumeration<URL> indexes = cl.getResources(INDEX);
                while (indexes.hasMoreElements()) {
                    URL index = indexes.nextElement();
                    for (String resource : readIndex(index)) {
                        addResource(cl, resource);
                    }
                }
            } catch (IOException e) {
                throw new ConfigurationException("cannot list " + INDEX + " on the class path: " + e.getMessage(), e);
            }
            return this;
        }

        /** Adds the pack in a file ({@code .yaml}, {@code .yml} or {@code .json}). */
        public Builder addFile(Path file) {
            Objects.requireNonNull(file, "file");
            try (InputStream in = Files.newInputStream(file)) {
                return add(PackReader.read(in, file.toString()));
            } catch (IOException e) {
                throw new ConfigurationException("language pack " + file + ": cannot read: " + e.getMessage(), e);
            }
        }

        /** Adds a pack built in code. */
        public Builder add(LanguagePack pack) {
            packs.put(pack.code(), Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /** The registry. */
        public LanguagePacks build() {
            return new LanguagePacks(packs);
        }

        private void addResource(ClassLoader cl, String resource) {
            String path = resource.startsWith("/") ? resource.substring(1) : resource;
            InputStream in = cl.getResourceAsStream(path);
            if (in == null) {
                throw new ConfigurationException("language pack resource '" + path + "' not found on the class path");
            }
            try (in) {
                add(PackReader.read(in, path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> readIndex(URL index) throws IOException {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        }
    }
}
