package io.ultralink.translate.internal;

import java.util.List;
import java.util.Optional;

/** Compares the code of a source message with its translation, independently of how it was made. Not API. */
public final class CodeComparison {

    private CodeComparison() {
    }

    /**
     * Why the code of {@code translated} differs from {@code source}'s, or empty. Python sources
     * compare every non-blank code line and require {@code def entryPoint(}; other texts compare
     * their fenced code blocks ({@link FencedCode#problem}).
     */
    public static Optional<String> problem(String source, String translated, boolean python, String entryPoint) {
        if (python) {
            if (entryPoint != null && source.contains("def " + entryPoint + "(")
                    && !translated.contains("def " + entryPoint + "(")) {
                return Optional.of("def " + entryPoint + "( is missing");
            }
            if (!PythonSource.definedNames(source).equals(PythonSource.definedNames(translated))) {
                return Optional.of("functions " + PythonSource.definedNames(source) + " became "
                        + PythonSource.definedNames(translated));
            }
            return lineDifference(PythonSource.codeLines(source), PythonSource.codeLines(translated));
        }
        return FencedCode.problem(source, translated);
    }

    /** The first difference between two lists of code lines, or empty. */
    static Optional<String> lineDifference(List<String> want, List<String> got) {
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            if (!want.get(i).equals(got.get(i))) {
                return Optional.of("code line " + (i + 1) + " changed: '" + want.get(i) + "' became '" + got.get(i) + "'");
            }
        }
        if (want.size() != got.size()) {
            return Optional.of(want.size() + " code lines became " + got.size());
        }
        return Optional.empty();
    }
}
