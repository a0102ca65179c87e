package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chunked counts of {@link JtokkitTokenCounter} (cut before spaces, common chunks byte-pair encoded here), of
 * whole texts and of ranges, equal jtokkit's own {@code countTokensOrdinary} exactly, on text built to break the
 * cut rule: runs and kinds of whitespace, line breaks after punctuation, contractions, digit runs, punctuation
 * runs, surrogate pairs, CJK without spaces and mixed scripts. (Unpaired surrogates are left out: jtokkit's
 * {@code cl100k_base} asserts that its input is valid UTF-16.)
 */
class ExactCountingTest {

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    static final List<String> ADVERSARIAL = List.of("", " ", "  ", "a  b", "a   b ", "x\t y", "x \ty", "\t\tx",
            "end.\nNext", "end. \nNext", "end.\r\nNext", "a\r\n b", "a \r\n\r\n b", "line\n\n  indented",
            "non\u00a0breaking\u00a0 space", "a\u00a0 b", "a \u00a0b", "\u202f x \u3000y\u2028z \u0085w",
            "it's", "it 's", "we're they've I'LL", "don't 'tis 'll", "''s ' s", "rock'n'roll",
            "l'été d'Ébène qu'à", "'ſ 'ſt x'ſ", "'RE 'rE 'Ve 'lL 'M 'D 'T", "'r 'v 'l 'x 'e", "('s) \"'t\" -'ll",
            "'", "a'", "'reé 'lé", "12's 1990's", "中'文 Ж'ж",
            "12345 678 9", "1,234,567.89 and 3.14159", "1990s 2nd  3 rd", "٣٤٥ ١٢", "x² ½ Ⅻ",
            "...!!!???", "wait... what?!", "«  Fin. »", "(a) [b] {c}", "—dash— – en", "a—b", "--- *** ///",
            "😀 😀😀 👍🏽 x😀y", "𝐀𝐁 𝐂. 𝟏𝟐", "北京是中华人民共和国的首都。上海很大！", "中文 English 混合 text",
            "日本語のテキストです。", "한국어 텍스트 입니다", "Привет, мир! Как дела?", "Ελληνικά κείμενα.",
            "mañana naïve café résumé", "e\u0301 \u0301x combining", "ǅemal ǈudevit", "İstanbul ΣΑΣ",
            "ABCdef DEFabc aB Ab", "HTTPServer XMLHttpRequest", "<|endoftext|> <|fim_prefix|>", "a_b c-d e+f",
            "@user #tag $5 100% ^x &y", "\u200b zero\u200bwidth", "\u0000\u0001 control \u001f", "x\u000by\fz",
            " leading", "trailing ", "  both  ", "\n", "\n\n\n", " \n ", "a\n", "'", "' ", " '", "s'", " 's");

    @ParameterizedTest
    @ValueSource(strings = {"cl100k_base", "o200k_base"})
    void countTokens_adversarialText_equalsJtokkit(String name) {
        Encoding reference = REGISTRY.getEncoding(name).orElseThrow();
        JtokkitTokenCounter counter = JtokkitTokenCounter.of(name);
        for (String text : ADVERSARIAL) {
            int expected = reference.countTokensOrdinary(text);
            assertThat(counter.countTokens(text)).as("%s [%s]", name, text).isEqualTo(expected);
            assertThat(counter.countTokens(" " + text + " ", 1, text.length() + 1)).as("range %s [%s]", name, text)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cl100k_base", "o200k_base"})
    void countTokensRange_everySubstringOfJoinedText_equalsJtokkit(String name) {
        Encoding reference = REGISTRY.getEncoding(name).orElseThrow();
        JtokkitTokenCounter counter = JtokkitTokenCounter.of(name);
        String text = String.join(" ", ADVERSARIAL.subList(0, 40));
        for (int from = 0; from < text.length(); from += 3) {
            for (int to = from; to <= Math.min(text.length(), from + 60); to++) {
                if (splitsPair(text, from) || splitsPair(text, to)) {
                    continue;
                }
                int expected = reference.countTokensOrdinary(text.substring(from, to));
                assertThat(counter.countTokens(text, from, to)).as("[%s]", text.substring(from, to))
                        .isEqualTo(expected);
            }
        }
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cl100k_base", "o200k_base"})
    void countTokens_randomWordsOverManyScripts_equalsJtokkit(String name) {
        Encoding reference = REGISTRY.getEncoding(name).orElseThrow();
        JtokkitTokenCounter counter = JtokkitTokenCounter.of(name);
        String pool = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêàäöüçñßøæœÉÀÑабвгдежзийклмнопрстуфхцчшщыьэюя"
                + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЬЭЮЯαβγδεζηθλμπσςωΣΩאבגابتखग中文字日本語한국어ひらがなカタカナªºʰ\u0301\u0308ǅ"
                + ".,;:!?()[]{}«»“”‘’'\"-–—/\\@#$%^&*_+=<>|~`…·•°§€£¥©®™²³½0123456789٠١Ⅰ \u00a0\t\n";
        Random random = new Random(20261202);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(6);
            for (int w = 0; w < words; w++) {
                if (w > 0 || random.nextBoolean()) {
                    text.append(' ');
                }
                int length = 1 + random.nextInt(random.nextInt(4) == 0 ? 30 : 8);
                for (int i = 0; i < length; i++) {
                    text.append(pool.charAt(random.nextInt(pool.length())));
                }
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            int expected = reference.countTokensOrdinary(text);
            assertThat(counter.countTokens(text)).as("%s [%s]", name, text).isEqualTo(expected);
        }
    }

    /** Contractions and their near misses, in every case, next to letters, digits, punctuation and long s. */
    @ParameterizedTest
    @ValueSource(strings = {"cl100k_base", "o200k_base"})
    void countTokens_randomApostropheText_equalsJtokkit(String name) {
        Encoding reference = REGISTRY.getEncoding(name).orElseThrow();
        JtokkitTokenCounter counter = JtokkitTokenCounter.of(name);
        String pool = "stmdrvlelSTMDRVLELxaéſÉ中ж.,\"() 1\n";
        Random random = new Random(17);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String sample = text.toString();
            assertThat(counter.countTokens(sample)).as("%s [%s]", name, sample)
                    .isEqualTo(reference.countTokensOrdinary(sample));
        }
    }
}
