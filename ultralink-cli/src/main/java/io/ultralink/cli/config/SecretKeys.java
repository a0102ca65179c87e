package io.ultralink.cli.config;

import io.ultralink.error.ConfigurationException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Refuses a secret written into a configuration file: a key named like an API key, token, secret,
 * password or authorization value, at any depth (typically under {@code backend.options}). The message
 * names the key and the file's line and says which environment variable to set instead; it never
 * repeats the value.
 */
final class SecretKeys {

    private static final Set<String> EXACT = Set.of("key", "apikey", "token", "secret", "password", "passwd",
            "authorization", "auth", "bearer", "credential", "credentials", "xapikey", "subscriptionkey");
    private static final List<String> ENDINGS = List.of("apikey", "secret", "password", "accesstoken", "authtoken",
            "bearertoken", "apitoken", "hftoken", "accesskey", "secretkey", "privatekey");
    private static final Set<String> ALLOWED = Set.of("apikeyenv");

    private SecretKeys() {
    }

    /**
     * @param tree the parsed file
     * @param text the file's text, to find the line
     * @param source the file's name
     * @throws ConfigurationException for the first secret-like key
     */
    static void refuse(JsonNode tree, String text, String source) {
        find(tree, "").ifPresent(path -> {
            String key = path.substring(path.lastIndexOf('.') + 1);
            throw new ConfigurationException("config " + source + line(text, key) + ": key '" + path
                    + "' looks like a secret, and secrets are not read from files (the file could be shared or "
                    + "end up in run-manifest.json); remove it and set the environment variable "
                    + variable(tree) + " instead (or name another variable with backend.apiKeyEnv)");
        });
    }

    private static java.util.Optional<String> find(JsonNode node, String prefix) {
        if (node == null || !node.isObject()) {
            return java.util.Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (isSecretName(e.getKey())) {
                return java.util.Optional.of(path);
            }
            java.util.Optional<String> deeper = find(e.getValue(), path);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return java.util.Optional.empty();
    }

    /** @return whether a key of this name would hold a secret value */
    static boolean isSecretName(String key) {
        String k = key.toLowerCase(Locale.ROOT).replaceAll("[-_.\\s]", "");
        if (ALLOWED.contains(k)) {
            return false;
        }
        return EXACT.contains(k) || ENDINGS.stream().anyMatch(k::endsWith);
    }

    private static String variable(JsonNode tree) {
        JsonNode backend = tree.path("backend");
        if (backend.path("apiKeyEnv").isString()) {
            return backend.path("apiKeyEnv").asString();
        }
        String provider = backend.path("provider").asString("openai").trim().toLowerCase(Locale.ROOT);
        if (provider.equals("anthropic")) {
            return "ANTHROPIC_API_KEY";
        }
        return provider.equals("azure-openai") ? "AZURE_OPENAI_API_KEY" : "OPENAI_API_KEY";
    }

    private static String line(String text, String key) {
        java.util.regex.Pattern at = java.util.regex.Pattern.compile("(^|[\\s{,\"'])" + java.util.regex.Pattern.quote(key)
                + "[\"']?\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (at.matcher(lines[i]).find()) {
                return ":" + (i + 1);
            }
        }
        return "";
    }
}
