package io.ultralink.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text: the values of API-key environment variables that are set, strings shaped
 * like OpenAI/Anthropic ({@code sk-...}) or Hugging Face ({@code hf_...}) keys, the values of
 * {@code Authorization}, {@code api-key}, {@code x-api-key} and similar headers, URL user-info
 * ({@code https://user:secret@host} becomes {@code https://***@host}) and the values of secret-looking
 * query parameters ({@code key}, {@code api_key}, {@code token}, {@code sig}, ...). Immutable and
 * thread-safe; {@link #standard()} reads the process environment once.
 */
public final class Redactor {

    /** What every secret is replaced by. */
    public static final String MASK = "***";

    /** Environment variables whose values are always secrets when set. */
    public static final List<String> SECRET_VARIABLES = List.of("OPENAI_API_KEY", "ANTHROPIC_API_KEY",
            "AZURE_OPENAI_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACE_TOKEN");

    private static final int MIN_SECRET_LENGTH = 4;
    /** Shorter environment values ({@code true}, {@code 1}, ...) are settings, not keys, and too common to mask. */
    private static final int MIN_ENVIRONMENT_SECRET_LENGTH = 8;
    private static final Pattern SECRET_VARIABLE_NAME = Pattern.compile(
            "(?i).*(_API_KEY|_APIKEY|_TOKEN|_SECRET|_PASSWORD|_ACCESS_KEY)");
    private static final Pattern HEADER = Pattern.compile(
            "(?i)\\b((?:proxy-)?authorization|x-api-key|api-key|x-goog-api-key|ocp-apim-subscription-key|cookie)"
                    + "(\"?\\s*[:=]\\s*\"?)(?:(bearer|basic|token)\\s+)?([^\\s,;}\"'\\]]+)");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(?:sk|rk)-[A-Za-z0-9_-]{16,}|\\bhf_[A-Za-z0-9]{20,}");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#\"']+@");
    private static final Pattern QUERY = Pattern.compile("(?i)([?&;](?:api[_-]?key|apikey|key|token|access[_-]?token"
            + "|refresh[_-]?token|id[_-]?token|auth|sig|signature|secret|client[_-]?secret|password|passwd|pwd"
            + "|x-amz-signature|x-amz-credential|x-amz-security-token|code)=)[^&#\\s\"'<>]*");

    private static final Redactor PATTERNS_ONLY = new Redactor(List.of());
    private static volatile Redactor standard;

    private final List<String> secrets;

    private Redactor(Collection<String> secrets) {
        List<String> list = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && s.strip().length() >= MIN_SECRET_LENGTH && !list.contains(s.strip())) {
                list.add(s.strip());
            }
        }
        list.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(list);
    }

    /** @return a redactor that applies only the patterns (headers, user-info, query parameters), no literal values */
    public static Redactor patternsOnly() {
        return PATTERNS_ONLY;
    }

    /** @return a redactor knowing the secrets of the process environment (read once) */
    public static Redactor standard() {
        Redactor r = standard;
        if (r == null) {
            r = fromEnvironment(System.getenv());
            standard = r;
        }
        return r;
    }

    /**
     * A redactor knowing the values of {@link #SECRET_VARIABLES} and of every variable whose name ends
     * in {@code _API_KEY}, {@code _TOKEN}, {@code _SECRET}, {@code _PASSWORD} or {@code _ACCESS_KEY}, when
     * the value has at least 8 characters (shorter ones are flags such as {@code true}).
     *
     * @param environment the variables
     * @return the redactor
     */
    public static Redactor fromEnvironment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        List<String> values = new ArrayList<>();
        environment.forEach((name, value) -> {
            boolean secretName = SECRET_VARIABLES.contains(name.toUpperCase(Locale.ROOT))
                    || SECRET_VARIABLE_NAME.matcher(name).matches();
            if (secretName && value != null && value.strip().length() >= MIN_ENVIRONMENT_SECRET_LENGTH) {
                values.add(value);
            }
        });
        return new Redactor(values);
    }

    /**
     * @param secrets literal values to remove wherever they occur (shorter than 4 characters are ignored)
     * @return a redactor knowing them, besides the patterns
     */
    public static Redactor of(Collection<String> secrets) {
        return new Redactor(Objects.requireNonNull(secrets, "secrets"));
    }

    /**
     * @param secret one more literal value to remove
     * @return a redactor knowing this secret besides the present ones
     */
    public Redactor with(String secret) {
        List<String> all = new ArrayList<>(secrets);
        all.add(secret);
        return new Redactor(all);
    }

    /**
     * @param text any text, or null
     * @return the text with every secret replaced by {@link #MASK}; null stays null
     */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        out = KEY_LIKE.matcher(out).replaceAll(MASK);
        out = USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        out = QUERY.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return HEADER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)
                + (m.group(3) == null ? "" : m.group(3) + " ") + MASK));
    }

    /**
     * @param text any text, or null
     * @return whether {@link #redact} would change it
     */
    public boolean containsSecret(String text) {
        return text != null && !text.equals(redact(text));
    }

    @Override
    public String toString() {
        return "Redactor[" + secrets.size() + " secret values]";
    }
}
