package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edge cases of the cleaner's two passes; the expected texts are what the cleaner has always produced. */
class WikitextCleanerEdgeCaseTest {

    private final WikitextCleaner cleaner = WikitextCleaner.create();

    @Test
    void clean_unclosedConstructs_keepTextOrDropToEnd() {
        assertThat(cleaner.clean("Text {{unclosed template\nMore text.")).isEqualTo("Text unclosed template\nMore text.");
        assertThat(cleaner.clean("A [[link never closed\n\nNext paragraph."))
                .isEqualTo("A link never closed\nNext paragraph.");
        assertThat(cleaner.clean("Before <!-- comment never closed\nafter")).isEqualTo("Before");
        assertThat(cleaner.clean("x <ref>never closed reference\nNext.")).isEqualTo("x never closed reference\nNext.");
        assertThat(cleaner.clean("Keep -{ unclosed variant")).isEqualTo("Keep -{ unclosed variant");
        assertThat(cleaner.clean("Para [http://example.org label never closed\nrest"))
                .isEqualTo("Para [http://example.org label never closed\nrest");
        assertThat(cleaner.clean("<nowiki>''raw''</nowiki> and <pre>{{kept}} code")).isEqualTo("''raw'' and {{kept}} code");
    }

    @Test
    void clean_emptyAndBlankInput_givesNoLines() {
        assertThat(cleaner.clean("")).isEmpty();
        assertThat(cleaner.clean("   ")).isEmpty();
        assertThat(cleaner.clean("\n\n   \n\t\nOnly line\n\n\n")).isEqualTo("Only line");
        assertThat(cleaner.clean("Text\r\nwith CRLF\r\n== H ==\r\nbody\r\n")).isEqualTo("Text\nwith CRLF\nH\nbody");
    }

    @Test
    void clean_utf16Text_cleanedLikeLatin1() {
        assertThat(cleaner.clean("Привет, [[Мир|мир]]! {{шаблон}}Это ''текст''.")).isEqualTo("Привет, мир! Это текст.");
        assertThat(cleaner.clean("中文（{{lang|en|x}}）测试 ，句子 。")).isEqualTo("中文测试，句子。");
    }

    @Test
    void clean_surrogatePairs_keptWhole_evenUnpairedOrFromReferences() {
        assertThat(cleaner.clean("Emoji \uD83D\uDE00 and \uD835\uDCB3 [[\uD835\uDCB3|\uD835\uDCB4]] kept\uD83D unpaired"))
                .isEqualTo("Emoji \uD83D\uDE00 and \uD835\uDCB3 \uD835\uDCB4 kept\uD83D unpaired");
        assertThat(cleaner.clean("x&#x1F600;y&#128512;z&#xD800;w&bogus;v"))
                .isEqualTo("x\uD83D\uDE00y\uD83D\uDE00z\uD800w&bogus;v");
    }

    @Test
    void clean_headingsOfEmptySections_dropped() {
        assertThat(cleaner.clean("== A ==\n== B ==\n=== B1 ===\ntext\n== C ==\n=== C1 ===\n")).isEqualTo("B\nB1\ntext");
        assertThat(cleaner.clean("== ==\n==  \u00A0 ==\ntext\n=\n====")).isEqualTo("text\n=\n====");
    }

    @Test
    void clean_listsTablesAndRules_markersAndResidueRemoved() {
        assertThat(cleaner.clean("* item one\n** nested\n#: numbered\n; term\n: def"))
                .isEqualTo("item one\nnested\nnumbered\nterm\ndef");
        assertThat(cleaner.clean("{| table\n|}\n|- row\n! header\n----\nafter rule")).isEqualTo("after rule");
    }

    @Test
    void clean_emptyBrackets_removedWithTheSpaceBefore() {
        assertThat(cleaner.clean("a () b ( , ) c (;) d （） e (x)")).isEqualTo("a b c d e (x)");
        assertThat(cleaner.clean("Name ({{lang|x}}; {{IPA|y}}) lived.")).isEqualTo("Name lived.");
        assertThat(cleaner.clean("text[[]]more[]end{{}}x")).isEqualTo("textmore[]endx");
    }

    @Test
    void clean_spaceBeforePunctuation_removed_andInvisibleSpacesCollapsed() {
        assertThat(cleaner.clean("word , next ; and : end ! really ? yes .")).isEqualTo("word, next; and: end! really? yes.");
        assertThat(cleaner.clean("word\u00A0\u00A0,\tnext\u2009.\u200Bend")).isEqualTo("word, next. end");
    }

    @Test
    void clean_randomMarkup_neverFails_andGivesTrimmedNonBlankLines() {
        String[] pieces = {"{{", "}}", "[[", "]]", "|", "\n", "\n\n", "=", "==", "'''", "''", "<ref>", "</ref>", "<!--",
            "-->", "-{", "}-", "zh-hans:", ";", "&nbsp;", "&#x1F600;", "(", ")", "（", "）", " ", "\t", "\u00A0", "\u3000",
            "\r", ",", "。", "__TOC__", "[http://x.org y]", "{|", "|}", "*", "#", ":", "----", "字", "\uD83D\uDE00",
            "\uD83D", "<br/>", "<pre>", "<nowiki>", "File:", "de:", "a", "Word"};
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder wikitext = new StringBuilder();
            for (int k = random.nextInt(60); k >= 0; k--) {
                wikitext.append(pieces[random.nextInt(pieces.length)]);
            }
            String clean = cleaner.clean(wikitext.toString());
            if (!clean.isEmpty()) {
                for (String line : clean.split("\n", -1)) {
                    assertThat(line).as(wikitext.toString()).isNotBlank().isEqualTo(line.strip());
                }
            }
        }
    }
}
