package io.ultralink.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CLikeSourceTest {

    static final String SOURCE = "/*\n"
            + " * Counts words.\n"
            + " * Spaces separate them.\n"
            + " */\n"
            + "int count(const char *s) {\n"
            + "    // Start at zero\n"
            + "    // and walk the text\n"
            + "    int n = 0; // not prose: after code\n"
            + "    /* one line */\n"
            + "    /** @return the count */\n"
            + "    return n;\n"
            + "}";

    static List<String> prose(List<Piece> pieces) {
        return pieces.stream().filter(Piece::translatable).map(Piece::text).toList();
    }

    @Test
    void split_findsWholeLineComments_joinsRunsOfLines_andKeepsCodeAndTags() {
        List<Piece> pieces = CLikeSource.split(SOURCE);
        assertThat(prose(pieces)).containsExactly("Counts words.\nSpaces separate them.", "Start at zero\nand walk the text",
                "one line");
        assertThat(Piece.join(pieces)).isEqualTo(SOURCE);
        assertThat(CLikeSource.codeLines(SOURCE)).contains("int count(const char *s) {",
                "    int n = 0; // not prose: after code", "    /** @return the count */", "    return n;");
    }

    @Test
    void layout_longerTranslation_staysInsideTheComment() {
        List<Piece> pieces = CLikeSource.split(SOURCE);
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.translatable() ? p.layout("eins\nzwei\ndrei") : p.text());
        }
        String out = sb.toString();
        assertThat(out).contains(" * eins\n * zwei\n * drei\n */", "    // eins\n    // zwei\n    // drei\n",
                "    /* eins\n    zwei\n    drei */");
        assertThat(CLikeSource.codeLines(out)).isEqualTo(CLikeSource.codeLines(SOURCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"const s = `\n// x\n`;", "s = R\"(\n// x\n)\";", "let s = r#\"\n// x\n\"#;",
        "int x; /* open\n still comment */", "char *s = \"/*\";"})
    void unsafe_multilineStringsAndCommentsAfterCode(String source) {
        assertThat(CLikeSource.unsafe(source)).isPresent();
    }

    @Test
    void unsafe_plainSource_isSafe() {
        assertThat(CLikeSource.unsafe(SOURCE)).isEmpty();
    }
}
