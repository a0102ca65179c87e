package io.ultralink.text.sentence.internal;

import io.ultralink.model.LanguageCode;
import java.util.Locale;
import java.util.Set;

/**
 * Per-language sentence rules: whether CJK terminators end sentences without following space, and which
 * abbreviations (compared lower-case, without their final period) do not end a sentence.
 *
 * @param cjk whether {@code 。！？；…} and their full-width kin end sentences
 * @param abbreviations lower-case abbreviations that a period does not end a sentence after
 * @param closing lower-case abbreviations that close a list ("etc.", "т. д.", "и др."; compared without the final period): a
 *     period after them ends the sentence when a capital follows, even if they are also in {@code abbreviations}
 */
public record SentenceRules(boolean cjk, Set<String> abbreviations, Set<String> closing) {

    private static final Set<String> CLOSING = Set.of("etc", "т.д", "т.п", "т. д", "т. п", "и др");

    private static final Set<String> EN = Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs",
            "e.g", "i.e", "inc", "ltd", "co", "corp", "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "gen",
            "col", "lt", "capt", "sgt", "gov", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "approx", "ca", "c", "cf", "al", "ed", "eds", "u.s", "u.k", "d.c", "a.m",
            "p.m", "op", "ft", "est", "dept", "univ", "ave", "blvd");
    private static final Set<String> RU = Set.of("г", "гг", "т.е", "т.к", "т.н", "т.д", "т.п", "им", "ул", "д",
            "см", "стр", "рис", "тыс", "млн", "млрд", "руб", "коп", "в", "вв", "н.э", "до н.э", "пр", "проф", "акад",
            "св", "ст", "гл", "обл", "р", "пос", "с", "оз", "чел", "кв", "ок", "род", "ум", "англ", "лат",
            "франц", "нем", "греч", "др", "т", "напр", "пер", "изд", "м", "сб", "ж", "ред", "and", "etc");
    private static final Set<String> FR = Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "st", "ste",
            "av", "j.-c", "apr", "cf", "p", "pp", "vol", "n°", "no", "éd", "etc", "env", "chap", "fig", "coll",
            "boul", "bd", "dép", "hab", "art", "mgr", "me", "pr", "vve", "sq", "t", "op", "janv", "févr", "avr",
            "juil", "sept", "oct", "nov", "déc", "ex", "p.ex");
    private static final Set<String> ES = Set.of("sr", "sra", "srta", "sres", "dr", "dra", "d", "da", "dña",
            "ee", "uu", "ee.uu", "etc", "pág", "págs", "núm", "nº", "art", "ud", "uds", "vd", "vds", "a.c", "d.c",
            "a", "c", "aprox", "av", "avda", "cap", "fig", "gral", "lic", "ing", "prof", "s", "ss", "p", "pp",
            "vol", "ed", "col", "cía", "hnos", "op", "cit", "ej", "jr", "dto", "depto", "tel", "ca", "sta",
            "sto", "fr", "mons", "n", "no", "ene", "feb", "mar", "abr", "jun", "jul", "ago", "sept", "oct", "nov",
            "dic");

    /** Returns the rules for a language; unknown languages get the English abbreviations. */
    public static SentenceRules forLanguage(LanguageCode language) {
        String primary = language.code().split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "zh", "ja", "ko" -> new SentenceRules(true, EN, CLOSING);
            case "ru", "uk", "be", "bg" -> new SentenceRules(false, RU, CLOSING);
            case "fr" -> new SentenceRules(false, FR, CLOSING);
            case "es", "ca", "gl" -> new SentenceRules(false, ES, CLOSING);
            default -> new SentenceRules(false, EN, CLOSING);
        };
    }
}
