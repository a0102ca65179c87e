package io.ultralink.text.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupScannerTest {

    @Test
    void scan_nestedLinkLabels_scannedInPlaceWithTheirOwnEnds() {
        assertThat(MarkupScanner.scan("a [[x|b [http://u.org c ''d''] e]] f")).isEqualTo("a b c d e f");
        assertThat(MarkupScanner.scan("[[A|[[B|[[C|deep]]]]]]!")).isEqualTo("deep!");
    }

    @Test
    void scan_labelWithUnclosedTemplate_keepsTheRestOfTheLabel() {
        assertThat(MarkupScanner.scan("[[a|b {{c]] after")).isEqualTo("b c after");
    }

    @Test
    void scan_markupCharsWithoutConstruct_copied() {
        assertThat(MarkupScanner.scan("a-b _c_ 'd' & e < f { g [ h")).isEqualTo("a-b _c_ 'd' & e < f { g [ h");
    }
}
