package io.ultralink.filter;

/**
 * The criteria that make a conversation specific to one culture (paper Fig. 9), plus the
 * code/maths-formula criterion the reference applied to chat.
 */
public enum CultureCriterion {
    /** Full names of people. */
    PERSON_NAMES,
    /** Countries, regions, states, cities, addresses. */
    PLACES,
    /** Conventions, politics, history, religion. */
    CONVENTIONS_POLITICS_HISTORY_RELIGION,
    /** Poetry, rhymes, myths, tales, jokes, slang. */
    POETRY_MYTHS_JOKES_SLANG,
    /** Food, clothing, furniture, construction. */
    FOOD_CLOTHING_FURNITURE_CONSTRUCTION,
    /** Organisations, companies, products, brands. */
    ORGANISATIONS_PRODUCTS_BRANDS,
    /** Source code or mathematical formulas (chat only). */
    CODE_OR_MATH_FORMULAS
}
