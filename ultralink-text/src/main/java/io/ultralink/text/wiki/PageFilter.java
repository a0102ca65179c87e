package io.ultralink.text.wiki;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which dump pages are articles: namespace 0, not a redirect, not a disambiguation page (recognised by
 * the disambiguation templates and title suffixes of the languages we know).
 */
public final class PageFilter {

    /** Why a page is not an article. */
    public enum Rejection {
        /** The page is outside namespace 0. */
        NAMESPACE,
        /** The page is a redirect. */
        REDIRECT,
        /** The page is a disambiguation page. */
        DISAMBIGUATION
    }

    private static final Pattern DISAMBIGUATION_TEMPLATE = Pattern.compile(
            "\\{\\{\\s*(?:disambiguation|disambig|dab|disamb|hndis|geodis|surname|given name|"
            + "begriffsklärung|消歧义|消歧義|disambig|aimai|неоднозначность|многозначность|значения|"
            + "homonymie|homonymes|desambiguación|desambig|desambiguacion)\\s*(?:\\||\\}\\})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DISAMBIGUATION_TITLE = Pattern.compile(
            ".*[(（](?:disambiguation|消歧义|消歧義|значения|homonymie|desambiguación|begriffsklärung)[)）]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final PageFilter INSTANCE = new PageFilter();

    private PageFilter() {
    }

    /** Returns the filter. */
    public static PageFilter create() {
        return INSTANCE;
    }

    /** Returns why {@code page} is not an article, or empty if it is one. */
    public Optional<Rejection> check(WikiPage page) {
        Objects.requireNonNull(page, "page");
        if (page.namespace() != 0) {
            return Optional.of(Rejection.NAMESPACE);
        }
        if (page.redirect() || startsWithRedirect(page.wikitext())) {
            return Optional.of(Rejection.REDIRECT);
        }
        if (DISAMBIGUATION_TITLE.matcher(page.title()).matches()
                || hasDisambiguationTemplate(page.wikitext())) {
            return Optional.of(Rejection.DISAMBIGUATION);
        }
        return Optional.empty();
    }

    /** Same as {@code DISAMBIGUATION_TEMPLATE.matcher(text).find()}: the pattern can only match where "{{" starts. */
    private static boolean hasDisambiguationTemplate(String text) {
        Matcher m = null;
        for (int i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 1)) {
            m = m == null ? DISAMBIGUATION_TEMPLATE.matcher(text) : m;
            if (m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithRedirect(String wikitext) {
        String head = wikitext.stripLeading();
        return head.regionMatches(true, 0, "#REDIRECT", 0, 9) || head.startsWith("#перенаправление")
                || head.startsWith("#重定向") || head.regionMatches(true, 0, "#REDIRECCIÓN", 0, 12)
                || head.regionMatches(true, 0, "#WEITERLEITUNG", 0, 14);
    }
}
