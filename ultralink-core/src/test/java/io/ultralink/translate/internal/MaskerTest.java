package io.ultralink.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.translate.TranslatorSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskerTest {

    @Test
    void mask_coversEveryProtectedKind_andRestoresExactly() {
        String text = "Inline \\(a^2\\), display \\[b^2\\], $c$ and $$d$$, `code`, {name}, {0}, %s, %(user)s, "
                + "an old ⟦0⟧ token, http://x.org/a?b=1. Prices: $5 and $10 stay.";
        MaskedText m = Masker.mask(text, Masker.STANDARD, List.of(), 0);
        assertThat(m.spans()).contains("\\(a^2\\)", "\\[b^2\\]", "$c$", "$$d$$", "`code`", "{name}", "{0}", "%s",
                "%(user)s", "⟦0⟧", "http://x.org/a?b=1");
        assertThat(m.text()).doesNotContain("a^2", "http").contains("$5 and $10");
        assertThat(m.restore(m.text())).isEqualTo(text);
        assertThat(MaskedText.tokenProblem(m.text(), m.text())).isEmpty();
    }

    @Test
    void tokenProblem_namesLostDuplicatedUnknownAndAltered() {
        String src = "a ⟦1⟧ b ⟦2⟧";
        assertThat(MaskedText.tokenProblem(src, "a b ⟦2⟧")).hasValueSatisfying(p -> assertThat(p).contains("⟦1⟧ lost"));
        assertThat(MaskedText.tokenProblem(src, "⟦1⟧ ⟦1⟧ ⟦2⟧")).hasValueSatisfying(p -> assertThat(p).contains("duplicated"));
        assertThat(MaskedText.tokenProblem(src, "⟦1⟧ ⟦2⟧ ⟦7⟧")).hasValueSatisfying(p -> assertThat(p).contains("⟦7⟧ unknown"));
        assertThat(MaskedText.tokenProblem(src, "⟦1⟧ ⟦ 2⟧")).hasValueSatisfying(p -> assertThat(p).contains("altered"));
    }

    @Test
    void chunk_keepsSeparatorsAndRespectsBudget() {
        String text = "\n  First paragraph here.\n\nSecond one is here.\n \nThird.\nStill third.  \n";
        List<Piece> pieces = Chunker.chunk(text, 12, TranslatorSettings.estimatingCounter());
        assertThat(Piece.join(pieces)).isEqualTo(text);
        assertThat(pieces.stream().filter(Piece::translatable).count()).isGreaterThanOrEqualTo(2);
        List<Piece> one = Chunker.chunk(text, 1000, TranslatorSettings.estimatingCounter());
        assertThat(one.stream().filter(Piece::translatable).count()).isEqualTo(1);
    }

    @Test
    void pythonSplit_translatesOnlyCommentsAndDocstringProse() {
        String src = "import os\n\n# Helper for paths\ndef f(p):\n    '''Join the path.\n\n    >>> f('a')\n    'a'\n    '''\n"
                + "    x = \"\"\"not a docstring\"\"\"\n    return p  # trailing stays\n";
        List<Piece> pieces = PythonSource.split(src);
        assertThat(Piece.join(pieces)).isEqualTo(src);
        assertThat(pieces.stream().filter(Piece::translatable).map(Piece::text))
                .containsExactly("Helper for paths", "Join the path.");
        assertThat(PythonSource.codeLines(src)).contains("def f(p):", ">>> f('a')", "'a'",
                "x = \"\"\"not a docstring\"\"\"", "return p  # trailing stays");
        assertThat(PythonSource.definedNames(src)).containsExactly("f");
    }
}
