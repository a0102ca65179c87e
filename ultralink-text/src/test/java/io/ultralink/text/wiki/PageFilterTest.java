package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.text.wiki.PageFilter.Rejection;
import org.junit.jupiter.api.Test;

class PageFilterTest {

    private final PageFilter filter = PageFilter.create();

    @Test
    void check_articles_keptOthersRejectedWithReason() {
        assertThat(filter.check(new WikiPage(1, 2, "Berlin", 0, false, "Berlin is a city."))).isEmpty();
        assertThat(filter.check(new WikiPage(1, 2, "Talk:Berlin", 1, false, "x"))).contains(Rejection.NAMESPACE);
        assertThat(filter.check(new WikiPage(1, 2, "Berlín", 0, true, "#REDIRECT [[Berlin]]")))
                .contains(Rejection.REDIRECT);
        assertThat(filter.check(new WikiPage(1, 2, "Berlín", 0, false, "#перенаправление [[Берлин]]")))
                .contains(Rejection.REDIRECT);
        assertThat(filter.check(new WikiPage(1, 2, "Mercury (disambiguation)", 0, false, "x")))
                .contains(Rejection.DISAMBIGUATION);
        assertThat(filter.check(new WikiPage(1, 2, "水星", 0, false, "水星可以指：\n{{消歧义}}")))
                .contains(Rejection.DISAMBIGUATION);
        assertThat(filter.check(new WikiPage(1, 2, "Mars", 0, false, "Mars peut désigner\n{{Homonymie|x}}")))
                .contains(Rejection.DISAMBIGUATION);
    }
}
