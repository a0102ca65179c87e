package io.ultralink.filter;

import io.ultralink.model.Conversation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A cheap test that drops a conversation before the model is asked. Pre-checks are configurable;
 * each drop is counted under the check's {@link #name()}.
 */
public interface CulturePreCheck {

    /** A short name used in verdicts and counts ({@code "url"}, {@code "too-long"}). */
    String name();

    /** Why {@code conversation} is dropped, or empty when it passes. */
    Optional<String> reject(Conversation conversation);

    /** Drops conversations containing a web address (the reference dropped them all). */
    static CulturePreCheck containsUrl() {
        Pattern url = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
        return new CulturePreCheck() {
            @Override
            public String name() {
                return "url";
            }

            @Override
            public Optional<String> reject(Conversation c) {
                var m = url.matcher(c.joinedText());
                return m.find() ? Optional.of("contains a URL: " + m.group()) : Optional.empty();
            }
        };
    }

    /** Drops conversations whose text is longer than {@code maxChars} characters. */
    static CulturePreCheck longerThan(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1, was " + maxChars);
        }
        return new CulturePreCheck() {
            @Override
            public String name() {
                return "too-long";
            }

            @Override
            public Optional<String> reject(Conversation c) {
                int n = c.joinedText().length();
                return n > maxChars ? Optional.of(n + " characters > " + maxChars) : Optional.empty();
            }
        };
    }
}
