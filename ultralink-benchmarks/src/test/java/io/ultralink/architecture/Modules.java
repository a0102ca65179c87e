package io.ultralink.architecture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules and the modules each may depend on, exactly as ARCHITECTURE.md lists them, and where
 * their compiled main classes are.
 */
final class Modules {

    /** Modules whose jars are published (and so have an API baseline). */
    static final List<String> PUBLISHED = List.of("ultralink-core", "ultralink-text", "ultralink-llm-http",
            "ultralink-openai", "ultralink-anthropic", "ultralink-llamacpp", "ultralink-cache-sqlite",
            "ultralink-llm", "ultralink-langchain4j", "ultralink-spark");

    private static final Set<String> BACKENDS = Set.of("ultralink-llm-http", "ultralink-openai",
            "ultralink-anthropic", "ultralink-llamacpp", "ultralink-cache-sqlite", "ultralink-llm");

    /** Module to the other modules its main classes may use. */
    static final Map<String, Set<String>> ALLOWED = allowed();

    private Modules() {
    }

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("ultralink-core", Set.of());
        m.put("ultralink-text", Set.of("ultralink-core"));
        m.put("ultralink-llm-http", Set.of("ultralink-core"));
        m.put("ultralink-openai", Set.of("ultralink-core", "ultralink-llm-http"));
        m.put("ultralink-anthropic", Set.of("ultralink-core", "ultralink-llm-http"));
        m.put("ultralink-llamacpp", Set.of("ultralink-core"));
        m.put("ultralink-cache-sqlite", Set.of("ultralink-core"));
        m.put("ultralink-llm", plus(BACKENDS, "ultralink-core"));
        m.put("ultralink-langchain4j", Set.of("ultralink-core"));
        m.put("ultralink-examples", plus(BACKENDS, "ultralink-core", "ultralink-text"));
        m.put("ultralink-cli", plus(BACKENDS, "ultralink-core", "ultralink-text"));
        m.put("ultralink-spark", plus(BACKENDS, "ultralink-core", "ultralink-text", "ultralink-cli"));
        m.put("ultralink-benchmarks", plus(BACKENDS, "ultralink-core", "ultralink-text", "ultralink-spark"));
        return m;
    }

    private static Set<String> plus(Set<String> base, String... more) {
        Set<String> all = new java.util.TreeSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** The repository root (the surefire property {@code ultralink.root}, else the parent folder). */
    static Path root() {
        String root = System.getProperty("ultralink.root");
        return root != null && !root.isBlank() ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    /** The compiled main classes of {@code module}, which the reactor build has produced. */
    static Path classes(String module) {
        Path dir = root().resolve(module).resolve("target/classes");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no compiled classes for " + module + " at " + dir
                    + ": build the whole reactor (./mvnw -B verify)");
        }
        return dir;
    }

    /** The module whose classes folder holds {@code location} (a class file URI's path), if any. */
    static Optional<String> ofLocation(String location) {
        return ALLOWED.keySet().stream().filter(m -> location.contains("/" + m + "/target/classes/")).findFirst();
    }
}
