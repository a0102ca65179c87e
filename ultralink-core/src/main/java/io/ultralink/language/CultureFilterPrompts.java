package io.ultralink.language;

import io.ultralink.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The culture judge's instructions (paper Fig. 9), written natively in the language of the
 * conversations being judged. The judge's JSON field names stay the same in every language.
 *
 * @param instructions what the judge does and what "culture-specific" means, ending with the lead-in to
 *     the list of criteria
 * @param criteria one description per criterion, keyed by the criterion's JSON field name; exactly the
 *     keys of {@link #CRITERIA}
 * @param answerFormat how to answer: one JSON object with {@code {"match", "reason"}} per criterion
 */
public record CultureFilterPrompts(String instructions, Map<String, String> criteria, String answerFormat) {

    /**
     * The criterion keys a pack must describe, in prompt order: the lower-case names of
     * {@code io.ultralink.filter.CultureCriterion}.
     */
    public static final List<String> CRITERIA = List.of("person_names", "places",
            "conventions_politics_history_religion", "poetry_myths_jokes_slang",
            "food_clothing_furniture_construction", "organisations_products_brands", "code_or_math_formulas");

    /** Validates every text and that exactly the {@link #CRITERIA} are described. */
    public CultureFilterPrompts {
        Checks.notBlank(instructions, "instructions");
        Checks.notBlank(answerFormat, "answerFormat");
        Objects.requireNonNull(criteria, "criteria");
        for (String key : criteria.keySet()) {
            if (!CRITERIA.contains(key)) {
                throw new IllegalArgumentException("criteria." + key + ": unknown criterion (known: " + CRITERIA + ")");
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : CRITERIA) {
            ordered.put(key, Checks.notBlank(criteria.get(key), "criteria." + key));
        }
        criteria = Collections.unmodifiableMap(ordered);
    }

    /** The description of the criterion with JSON field name {@code key}. */
    public String describe(String key) {
        String text = criteria.get(key);
        if (text == null) {
            throw new IllegalArgumentException("unknown criterion '" + key + "'");
        }
        return text;
    }
}
