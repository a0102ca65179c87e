package io.ultralink.llm;

import java.util.Objects;
import java.util.Optional;

/**
 * The shape the answer must take.
 *
 * @param kind plain text, any JSON object, or JSON matching a schema
 * @param schemaName a name for the schema (required by OpenAI), only for {@link Kind#JSON_SCHEMA}
 * @param schemaJson the JSON Schema as a JSON text, only for {@link Kind#JSON_SCHEMA}
 */
public record ResponseFormat(Kind kind, String schemaName, String schemaJson) {

    /** The kinds of response format. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** Any JSON object. */
        JSON_OBJECT,
        /** JSON that validates against a schema. */
        JSON_SCHEMA
    }

    /** Free text (the default). */
    public static final ResponseFormat TEXT = new ResponseFormat(Kind.TEXT, null, null);
    /** Any JSON object. */
    public static final ResponseFormat JSON_OBJECT = new ResponseFormat(Kind.JSON_OBJECT, null, null);

    /** Validates that a schema is given exactly for {@link Kind#JSON_SCHEMA}. */
    public ResponseFormat {
        Objects.requireNonNull(kind, "kind");
        boolean schema = kind == Kind.JSON_SCHEMA;
        if (schema && (schemaName == null || schemaName.isBlank() || schemaJson == null || schemaJson.isBlank())) {
            throw new IllegalArgumentException("JSON_SCHEMA needs a schemaName and a schemaJson");
        }
        if (!schema && (schemaName != null || schemaJson != null)) {
            throw new IllegalArgumentException(kind + " takes no schema");
        }
    }

    /** JSON that must match {@code schemaJson}. */
    public static ResponseFormat jsonSchema(String schemaName, String schemaJson) {
        return new ResponseFormat(Kind.JSON_SCHEMA, schemaName, schemaJson);
    }

    /** The schema text, for {@link Kind#JSON_SCHEMA}. */
    public Optional<String> schema() {
        return Optional.ofNullable(schemaJson);
    }
}
