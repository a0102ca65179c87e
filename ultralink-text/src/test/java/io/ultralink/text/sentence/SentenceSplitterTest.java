package io.ultralink.text.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.LanguageCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String lang, String text) {
        List<String> sentences = SentenceSplitter.forLanguage(LanguageCode.of(lang)).split(text);
        assertThat(String.join("", sentences)).isEqualTo(text);
        return sentences;
    }

    @Test
    void split_chinese_breaksAfterCjkTerminatorsAndClosers() {
        assertThat(split("zh", "北京是首都。上海很大！你去过吗？「好。」然后……结束；最后"))
                .containsExactly("北京是首都。", "上海很大！", "你去过吗？", "「好。」", "然后……", "结束；", "最后");
    }

    @Test
    void split_english_keepsAbbreviationsDecimalsAndInitials() {
        assertThat(split("en", "Dr. Smith paid 3.5 dollars. J. R. R. Tolkien wrote it, e.g. in 1937. Next one!"))
                .containsExactly("Dr. Smith paid 3.5 dollars.", " J. R. R. Tolkien wrote it, e.g. in 1937.",
                        " Next one!");
    }

    @Test
    void split_lineBreaks_endParagraphs() {
        assertThat(split("en", "Heading\n\nFirst line without stop\nSecond. Third.\n"))
                .containsExactly("Heading\n\n", "First line without stop\n", "Second.", " Third.\n");
    }

    @Test
    void split_russian_abbreviationsAndLowerCaseContinuation() {
        assertThat(split("ru", "В 1812 г. Наполеон вошёл в Москву. Он ушёл в т. ч. зимой. Конец."))
                .containsExactly("В 1812 г. Наполеон вошёл в Москву.", " Он ушёл в т. ч. зимой.", " Конец.");
    }

    @Test
    void split_spanishAndFrench_abbreviations() {
        assertThat(split("es", "Vive en EE. UU. desde 1990. ¿Y tú? Sí.")).containsExactly(
                "Vive en EE. UU. desde 1990.", " ¿Y tú?", " Sí.");
        assertThat(split("fr", "M. Dupont est né en 52 av. J.-C. Il est mort. Fin."))
                .containsExactly("M. Dupont est né en 52 av. J.-C. Il est mort.", " Fin.");
    }

    @Test
    void sentenceEnds_emptyAndTerminatorAtEnd() {
        assertThat(SentenceSplitter.forLanguage(LanguageCode.EN).sentenceEnds("")).isEmpty();
        assertThat(split("en", "Only one.")).containsExactly("Only one.");
        assertThat(split("en", "Quote: \"Stop.\" Then go.")).containsExactly("Quote: \"Stop.\"", " Then go.");
    }

    @Test
    void split_listClosersSpacedGuillemetsAndLatinInChinese() {
        assertThat(split("ru", "Музеи, театры и т. д. Далее парк. Это ул. Ленина.")).containsExactly(
                "Музеи, театры и т. д.", " Далее парк.", " Это ул. Ленина.");
        assertThat(split("es", "Libros, revistas, etc. Luego nada.")).containsExactly("Libros, revistas, etc.",
                " Luego nada.");
        assertThat(split("fr", "Il dit : « Fin. » Puis il part. Er sagte. »Nein«")).containsExactly(
                "Il dit : « Fin. »", " Puis il part.", " Er sagte.", " »Nein«");
        assertThat(split("zh", "老师叫Dr. Smith。好。")).containsExactly("老师叫Dr. Smith。", "好。");
        assertThat(split("ru", "«Где?» — спросил он. Город и др. Потом. Он ушёл. — Куда?")).containsExactly(
                "«Где?» — спросил он.", " Город и др.", " Потом.", " Он ушёл.", " — Куда?");
    }
}
