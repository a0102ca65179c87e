package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import org.junit.jupiter.api.Test;

class JtokkitTokenCounterTest {

    @Test
    void cl100k_countsKnownText() {
        JtokkitTokenCounter counter = JtokkitTokenCounter.cl100k();
        assertThat(counter.encodingName()).isEqualTo("cl100k_base");
        assertThat(counter.countTokens("hello world")).isEqualTo(2);
        assertThat(counter.countTokens("")).isZero();
    }

    @Test
    void of_acceptsBothEncodings_andRejectsUnknown() {
        assertThat(JtokkitTokenCounter.of("o200k_base").encodingName()).isEqualTo("o200k_base");
        assertThat(JtokkitTokenCounter.of(" CL100K_BASE ").encodingName()).isEqualTo("cl100k_base");
        assertThatThrownBy(() -> JtokkitTokenCounter.of("gpt2-ish")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("gpt2-ish");
    }

    @Test
    void countTokens_specialTokenText_countedAsOrdinary() {
        assertThat(JtokkitTokenCounter.cl100k().countTokens("a <|endoftext|> b")).isGreaterThan(3);
    }

    @Test
    void countTokens_neverExceedsUtf8Bytes() {
        JtokkitTokenCounter counter = JtokkitTokenCounter.o200k();
        String text = "北京是中华人民共和国的首都。 Москва — столица России. Déjà vu, ¿qué tal?";
        assertThat(counter.countTokens(text)).isPositive()
                .isLessThanOrEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
}
