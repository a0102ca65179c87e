package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikitextCleanerTest {

    private final WikitextCleaner cleaner = WikitextCleaner.create();

    @Test
    void clean_nestedTemplatesRefsAndComments_removed() {
        String wikitext = "{{Infobox city|name={{lang|de|Berlin}}|pop=3}}'''Berlin'''<ref name=\"a\">{{cite web|"
                + "url=x}}</ref> is a city<ref name=\"b\"/>.<!-- hidden\nnote --> It is big.{{#if:x|y|z}}";
        assertThat(cleaner.clean(wikitext)).isEqualTo("Berlin is a city. It is big.");
    }

    @Test
    void clean_links_keepLabelOrTarget_dropFilesCategoriesAndInterlanguage() {
        String wikitext = "See [[River Spree|the Spree]] and [[Potsdam]]s.[[File:Map.png|thumb|A [[map]] of it]]"
                + "[[Image:X.jpg]][[Файл:Y.jpg|мини]][[Fichier:Z.jpg]][[文件:W.png]][[Category:Cities]]"
                + "[[Категория:Города]][[de:Berlin]][[zh-yue:柏林]] Also [[:Category:Cities|cities]] and "
                + "[http://example.org the site] [http://bare.example.org].";
        assertThat(cleaner.clean(wikitext)).isEqualTo("See the Spree and Potsdams. Also cities and the site.");
    }

    @Test
    void clean_headingsListsAndParagraphs_lineStructureKept() {
        String wikitext = "Intro text.\n\n== History ==\nOld times.\n* first item\n# second item\n\n"
                + "== See also ==\n\n== References ==\n{{reflist}}\n";
        assertThat(cleaner.clean(wikitext)).isEqualTo("Intro text.\nHistory\nOld times.\nfirst item\nsecond item");
    }

    @Test
    void clean_tablesTagsMagicWordsAndEntities_handled() {
        String wikitext = "__NOTOC__Before.\n{| class=\"wikitable\"\n|-\n| a || {{b}}\n{|\n| nested\n|}\n|}\n"
                + "After&nbsp;this <small>small</small> &amp; <span style=\"x\">kept</span>.<br/>Next"
                + "<gallery>\nFile:A.jpg|cap\n</gallery><math>x^2</math> line.";
        assertThat(cleaner.clean(wikitext)).isEqualTo("Before.\nAfter this small & kept.\nNext line.");
    }

    @Test
    void clean_chineseVariantMarkup_resolvedToSimplified() {
        String wikitext = "德国十六个-{zh-hans:联邦州; zh-hant:邦;}-之一。-{H|zh-hans:软件; zh-hant:軟體;}-"
                + "使用-{zh-tw:軟體; zh-cn:软件}-和-{Linux}-。";
        assertThat(cleaner.clean(wikitext)).isEqualTo("德国十六个联邦州之一。使用软件和Linux。");
    }

    @Test
    void clean_emptyBracketsLeftByTemplates_removed() {
        assertThat(cleaner.clean("Berlin ({{IPA|bɛʁˈliːn}}, {{audio|x}}) is a city."))
                .isEqualTo("Berlin is a city.");
    }

    @Test
    void clean_isDeterministicAndTotal_onBrokenMarkup() {
        String broken = "Text {{unclosed [[link <ref>never closed -{ x '''bold";
        assertThat(cleaner.clean(broken)).isEqualTo(cleaner.clean(broken)).contains("Text");
    }
}
