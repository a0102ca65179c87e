package io.ultralink.cli.config;

import io.ultralink.error.ConfigurationException;
import io.ultralink.format.Mappers;
import io.ultralink.format.YamlGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an {@link UltraLinkConfig} strictly: an unknown key, a value of the wrong type or a
 * malformed file fails with one message naming the file, the key path and the line. Command-line
 * overrides are applied on top as dotted key paths ({@code prepare.segmentTokens.min}).
 */
public final class ConfigLoader {

    /** {@link Mappers#YAML}, strict: a misspelt key or trailing text is an error, not ignored. */
    private static final YAMLMapper YAML = Mappers.YAML.rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ConfigLoader() {
    }

    /**
     * Loads a configuration.
     *
     * @param file the YAML file, or null for defaults only
     * @param overrides dotted key path to value (String, Number, Boolean or a List of them)
     * @return the configuration with relative paths resolved against the file's folder
     * @throws ConfigurationException naming the file, key and line of the first problem
     */
    public static ResolvedConfig load(Path file, Map<String, Object> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        ObjectNode tree = file == null ? YAML.createObjectNode() : readFile(file);
        String source = file == null ? "command line" : file.toString();
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            set(tree, e.getKey(), e.getValue());
        }
        UltraLinkConfig config = bind(tree, source + " with command-line options");
        Path base = file == null ? Path.of("").toAbsolutePath()
                : file.toAbsolutePath().normalize().getParent();
        return new ResolvedConfig(config, base, file);
    }

    /**
     * Parses YAML text with the strict rules, for tests and tools.
     *
     * @param yaml the text
     * @param source the name used in messages
     * @return the bound configuration
     */
    public static UltraLinkConfig parse(String yaml, String source) {
        try {
            return YAML.readValue(yaml, UltraLinkConfig.class);
        } catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    private static ObjectNode readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigurationException("config file " + file + ": cannot read: " + e.getMessage(), e);
        }
        YamlGuard.check(text, "config file " + file);
        try {
            JsonNode node = YAML.readTree(text);
            if (node != null && node.isObject()) {
                SecretKeys.refuse(node, text, "file " + file);
            }
            parse(text, file.toString());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ConfigurationException("config file " + file + ": the top level must be a mapping of keys");
            }
            return (ObjectNode) node;
        } catch (JacksonException e) {
            throw translate(e, file.toString());
        }
    }

    private static UltraLinkConfig bind(ObjectNode tree, String source) {
        try {
            return YAML.treeToValue(tree, UltraLinkConfig.class);
        } catch (JacksonException e) {
            throw translate(e, source);
        }
    }

    /** Sets a dotted key path in a tree, creating objects on the way. */
    static void set(ObjectNode tree, String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode ? (ObjectNode) child : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], toNode(value));
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof Collection<?>) {
            ArrayNode array = YAML.createArrayNode();
            for (Object v : (Collection<?>) value) {
                array.add(toNode(v));
            }
            return array;
        }
        return YAML.valueToTree(value instanceof Path ? value.toString() : value);
    }

    private static ConfigurationException translate(JacksonException e, String source) {
        String where = source + location(e.getLocation());
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            String known = u.getKnownPropertyIds() == null ? ""
                    : "; known keys here: " + new TreeSet<>(u.getKnownPropertyIds().stream()
                            .map(String::valueOf).collect(Collectors.toList()));
            return new ConfigurationException("config " + where + ": unknown key '" + path(u.getPath()) + "'" + known, e);
        }
        if (e instanceof DatabindException && !((DatabindException) e).getPath().isEmpty()) {
            return new ConfigurationException("config " + where + ": bad value for key '"
                    + path(((DatabindException) e).getPath()) + "': " + firstLine(e.getOriginalMessage()), e);
        }
        return new ConfigurationException("config " + where + ": not valid YAML: " + firstLine(e.getOriginalMessage()), e);
    }

    private static String location(TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return "";
        }
        return ":" + loc.getLineNr();
    }

    private static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
