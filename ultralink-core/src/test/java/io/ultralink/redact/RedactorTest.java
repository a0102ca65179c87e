package io.ultralink.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.fromEnvironment(Map.of(
            "OPENAI_API_KEY", "sk-live-1234567890", "HF_TOKEN", "hf_abcdefgh", "MY_SERVICE_SECRET", "s3cr3t-value",
            "PATH", "/usr/bin", "EMPTY_API_KEY", "", "HF_HUB_DISABLE_TOKEN", "true"));

    @Test
    void redact_environmentSecrets_areMaskedWherever() {
        String out = redactor.redact("failed with key sk-live-1234567890 and hf_abcdefgh; s3cr3t-value in /usr/bin");

        assertThat(out).doesNotContain("sk-live-1234567890", "hf_abcdefgh", "s3cr3t-value")
                .contains("/usr/bin").contains(Redactor.MASK);
    }

    @Test
    void redact_userInfoAndSecretQuery_keepsHostPathAndOtherParameters() {
        String out = redactor.redact("backend: openai at https://user:secret@host.example/v1?key=x&api-version=2024&sig=abc");

        assertThat(out).isEqualTo("backend: openai at https://***@host.example/v1?key=***&api-version=2024&sig=***");
    }

    @Test
    void redact_manySecretParameterNames_allMasked() {
        for (String name : List.of("key", "api_key", "api-key", "apikey", "token", "access_token", "sig", "signature",
                "secret", "client_secret", "password", "X-Amz-Signature")) {
            String out = redactor.redact("GET https://h/p?a=1&" + name + "=leaked-value-9");
            assertThat(out).as(name).doesNotContain("leaked-value-9").endsWith(name + "=***");
        }
    }

    @Test
    void redact_headerValues_maskedWithSchemeKept() {
        String out = redactor.redact("Authorization: Bearer abc.def.ghi\napi-key: azure-123\n{\"x-api-key\": \"ant-999\"}");

        assertThat(out).isEqualTo("Authorization: Bearer ***\napi-key: ***\n{\"x-api-key\": \"***\"}");
    }

    @Test
    void redact_plainText_isUnchanged() {
        String text = "The keynote was about tokens; true; see https://en.wikipedia.org/wiki/Key?lang=en";

        assertThat(redactor.redact(text)).isEqualTo(text);
        assertThat(redactor.containsSecret(text)).isFalse();
        assertThat(redactor.redact(null)).isNull();
    }

    @Test
    void with_literalSecret_isMaskedAndShortOnesIgnored() {
        Redactor r = Redactor.of(List.of("abc")).with("literal-secret");

        assertThat(r.redact("abc literal-secret")).isEqualTo("abc ***");
    }

    @Test
    void redact_keyShapedStrings_maskedEvenWhenUnknown() {
        String out = Redactor.of(List.of()).redact("echo sk-ant-api03-AbCdEf0123456789xyz and hf_AbCdEfGhIjKlMnOpQrStUv; sk-short");

        assertThat(out).isEqualTo("echo *** and ***; sk-short");
    }
}
