package io.ultralink.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExceptionFamilyTest {

    @Test
    void retryable_onlyTransientFailures() {
        assertThat(new TransientLlmException("timeout").isRetryable()).isTrue();
        assertThat(new RateLimitedException("429", Duration.ofSeconds(2)).isRetryable()).isTrue();
        assertThat(new AuthenticationException("401").isRetryable()).isFalse();
        assertThat(new InvalidRequestException("400").isRetryable()).isFalse();
        assertThat(new LlmException("bad json").isRetryable()).isFalse();
        assertThat(new ConfigurationException("x").isRetryable()).isFalse();
        assertThat(new InvalidRequestException("x")).isInstanceOf(UltraLinkException.class).isInstanceOf(RuntimeException.class);
    }

    @Test
    void rateLimited_retryAfterOptional() {
        assertThat(new RateLimitedException("429", Duration.ofMillis(1500)).retryAfter()).contains(Duration.ofMillis(1500));
        assertThat(new RateLimitedException("429", null).retryAfter()).isEmpty();
    }

    @Test
    void invalidInput_messageNamesFileLineAndRecord() {
        InvalidInputException e = new InvalidInputException("data/zh.jsonl", 17, "zh_math_3", "bad role", null);
        assertThat(e.getMessage()).isEqualTo("data/zh.jsonl:17 (record zh_math_3): bad role");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.recordId()).contains("zh_math_3");
        assertThat(new InvalidInputException("dump.xml.bz2", 0, "truncated").getMessage()).isEqualTo("dump.xml.bz2: truncated");
    }
}
