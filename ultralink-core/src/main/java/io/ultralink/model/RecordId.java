package io.ultralink.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release's record id {@code {lang}_{type}_{n}}, for example {@code zh_chat_specific_191}.
 *
 * @param language the language
 * @param type the data type
 * @param number the running number, {@code >= 0}
 */
public record RecordId(LanguageCode language, DataType type, long number) {

    private static final Pattern SHAPE = Pattern.compile(
            "([a-z]{2,3}(?:-[a-z0-9]+)*)_(chat_specific|chat_agnostic|math|code)_(\\d+)");

    /** Validates the parts. */
    public RecordId {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(type, "type");
        if (number < 0) {
            throw new IllegalArgumentException("number must be >= 0, was " + number);
        }
    }

    /** Parses an id of the release's shape, or returns empty for any other id. */
    public static Optional<RecordId> parse(String id) {
        Matcher m = SHAPE.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RecordId(LanguageCode.of(m.group(1)), DataType.parse(m.group(2)),
                Long.parseLong(m.group(3))));
    }

    @Override
    public String toString() {
        return language + "_" + type.fileToken() + "_" + number;
    }
}
