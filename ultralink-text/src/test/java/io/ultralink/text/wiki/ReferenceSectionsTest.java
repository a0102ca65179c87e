package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaner drops the sections a pack names as reference sections, and counts them. */
class ReferenceSectionsTest {

    private static final WikitextCleaner DROPPING = WikitextCleaner.droppingSections(
            List.of("See also", "References", "External links", "Annexes", "Bibliographie"));

    private static final String ARTICLE = "Intro text.\n"
            + "== History ==\nIt began in 1900.\n"
            + "== See also ==\n* [[Other topic]]\n* [[Third topic|Third]]\n"
            + "== References ==\n{{Reflist}}\n"
            + "== External links ==\n* [https://example.org Official site]\n";

    @Test
    void cleanCounting_trailingReferenceSections_droppedAndCounted() {
        CleanedText cleaned = DROPPING.cleanCounting(ARTICLE);

        assertThat(cleaned.text()).isEqualTo("Intro text.\nHistory\nIt began in 1900.");
        // See also and External links had text; References held only a template
        assertThat(cleaned.referenceSections()).isEqualTo(2);
        // the lines after markup removal: "* Other topic", "* Third", "* Official site"
        assertThat(cleaned.referenceChars()).isEqualTo(13 + 7 + 15);
    }

    @Test
    void create_keepsEverySection() {
        String kept = WikitextCleaner.create().clean(ARTICLE);

        assertThat(kept).contains("See also\nOther topic").contains("External links\nOfficial site");
        assertThat(WikitextCleaner.create().cleanCounting(ARTICLE).referenceSections()).isZero();
    }

    @Test
    void clean_sectionInTheMiddle_droppedUpToNextHeadingOfItsLevel() {
        String text = "== See also: ==\nA list.\n=== Deeper ===\nMore list.\n== Legacy ==\nStill relevant.";

        assertThat(DROPPING.clean(text)).isEqualTo("Legacy\nStill relevant.");
    }

    @Test
    void clean_headingComparedWithoutCaseOrExtraSpaces() {
        assertThat(DROPPING.clean("Body.\n==  external   LINKS  ==\n* x")).isEqualTo("Body.");
    }

    @Test
    void clean_parentLeftEmptyByDroppedSubsection_parentHeadingGoes() {
        String text = "Corps.\n== Annexe ==\n=== Bibliographie ===\n* Un livre.\n== Histoire ==\nTexte.";

        assertThat(DROPPING.clean(text)).isEqualTo("Corps.\nHistoire\nTexte.");
    }

    @Test
    void clean_similarButDifferentHeading_kept() {
        assertThat(DROPPING.clean("== See also the river ==\nText.")).isEqualTo("See also the river\nText.");
    }
}
