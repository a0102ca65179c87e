package io.ultralink.text.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.ScriptConversion;
import org.junit.jupiter.api.Test;

class OpenCcScriptNormaliserTest {

    private final OpenCcScriptNormaliser normaliser = OpenCcScriptNormaliser.create();

    @Test
    void normalise_t2s_convertsTraditionalToSimplified() {
        assertThat(normaliser.normalise("臺灣的歷史與語言學習", ScriptConversion.T2S)).isEqualTo("台湾的历史与语言学习");
    }

    @Test
    void normalise_t2s_keepsSimplifiedAndLatinText() {
        String text = "北京是中国的首都。Beijing 2008.";
        assertThat(normaliser.normalise(text, ScriptConversion.T2S)).isEqualTo(text);
    }

    @Test
    void normalise_none_returnsTextUnchanged() {
        assertThat(normaliser.normalise("臺灣", ScriptConversion.NONE)).isEqualTo("臺灣");
    }
}
