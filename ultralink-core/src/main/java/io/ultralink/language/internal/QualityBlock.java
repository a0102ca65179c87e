package io.ultralink.language.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.language.QualitySettings;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/** Reads a pack's optional {@code quality:} block; absent fields take {@link QualitySettings#DEFAULTS}. Not API. */
final class QualityBlock {

    private static final Set<String> FIELDS = Set.of("minChrF", "minAdequacy", "minFluency", "adequacyJudge",
            "groundednessJudge");

    private QualityBlock() {
    }

    static QualitySettings read(JsonNode node, BiFunction<String, String, ConfigurationException> fail) {
        if (node == null || node.isNull()) {
            return QualitySettings.DEFAULTS;
        }
        if (!node.isObject()) {
            throw fail.apply("quality", "must be a mapping of fields");
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw fail.apply("quality." + name, "unknown field (known: " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
            }
        }
        double minChrF = number(node, "minChrF", 0, 100, QualitySettings.DEFAULT_MIN_CHRF, fail);
        int minAdequacy = (int) number(node, "minAdequacy", 1, 5, QualitySettings.DEFAULT_MIN_ADEQUACY, fail);
        int minFluency = (int) number(node, "minFluency", 1, 5, QualitySettings.DEFAULT_MIN_FLUENCY, fail);
        return new QualitySettings(minChrF, minAdequacy, minFluency, text(node, "adequacyJudge", fail),
                text(node, "groundednessJudge", fail));
    }

    private static double number(JsonNode node, String field, double min, double max, double fallback,
            BiFunction<String, String, ConfigurationException> fail) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        boolean integral = !field.equals("minChrF");
        if (!v.isNumber() || v.doubleValue() < min || v.doubleValue() > max || integral && !v.canConvertToExactIntegral()) {
            throw fail.apply("quality." + field, "must be " + (integral ? "a whole number" : "a number") + " in ["
                    + (integral ? (int) min : min) + ", " + (integral ? (int) max : max) + "], was " + v);
        }
        return v.doubleValue();
    }

    private static String text(JsonNode node, String field, BiFunction<String, String, ConfigurationException> fail) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString() || v.stringValue().isBlank()) {
            throw fail.apply("quality." + field, "must be a non-empty text, was " + v);
        }
        if (v.stringValue().contains(io.ultralink.language.LanguagePacks.NATIVE_TODO)) {
            throw fail.apply("quality." + field, "is still marked " + io.ultralink.language.LanguagePacks.NATIVE_TODO
                    + ": write it natively ('ultralink pack check FILE' lists every such field with its line)");
        }
        return v.stringValue().strip();
    }
}
