package io.ultralink.llm;

import io.ultralink.error.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds {@link ChatModelProvider}s with {@link ServiceLoader} and chooses one explicitly: never
 * silently. With no provider on the class path it fails naming the artifact to add; with several and
 * no name given it fails listing them.
 */
public final class ChatModels {

    /** The artifact that brings the built-in backends. */
    public static final String BACKENDS_ARTIFACT = "io.ultralink:ultralink-llm";

    private ChatModels() {
    }

    /** The providers visible to this class's class loader. */
    public static List<ChatModelProvider> providers() {
        return providers(ChatModels.class.getClassLoader());
    }

    /** The providers visible to {@code loader}. */
    public static List<ChatModelProvider> providers(ClassLoader loader) {
        List<ChatModelProvider> found = new ArrayList<>();
        ServiceLoader.load(ChatModelProvider.class, loader).forEach(found::add);
        return found;
    }

    /**
     * Chooses a provider from {@code candidates}: by {@code name} when given, else the only one.
     *
     * @throws ConfigurationException when none matches, none exists, or several exist and no name was given
     */
    public static ChatModelProvider choose(List<ChatModelProvider> candidates, Optional<String> name) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(name, "name");
        if (candidates.isEmpty()) {
            throw new ConfigurationException("no ChatModel backend found on the class path: add the dependency "
                    + BACKENDS_ARTIFACT + " (or another jar registering io.ultralink.llm.ChatModelProvider)");
        }
        String names = candidates.stream().map(ChatModelProvider::name).sorted().collect(Collectors.joining(", "));
        if (name.isPresent()) {
            List<ChatModelProvider> matching = candidates.stream()
                    .filter(p -> p.name().equalsIgnoreCase(name.get().trim())).collect(Collectors.toList());
            if (matching.isEmpty()) {
                throw new ConfigurationException("unknown backend '" + name.get() + "'; available: " + names);
            }
            if (matching.size() > 1) {
                throw new ConfigurationException("backend name '" + name.get()
                        + "' is registered by several providers: " + matching.stream()
                        .map(p -> p.getClass().getName()).collect(Collectors.joining(", ")));
            }
            return matching.get(0);
        }
        if (candidates.size() > 1) {
            throw new ConfigurationException("several ChatModel backends found (" + names
                    + ") and none chosen: name one (config key 'backend', CLI option --backend)");
        }
        return candidates.get(0);
    }

    /** Creates a model from the provider named {@code name} on the class path. */
    public static ChatModel create(String name, ChatModelConfig config) {
        return choose(providers(), Optional.of(name)).create(config);
    }
}
