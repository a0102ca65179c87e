package io.ultralink.translate.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether one line of a message, outside any fence, is source code: Python, C-like (C, C++,
 * C#, Java, Go, Rust, Kotlin, Swift), JavaScript/TypeScript, shell or SQL. A line is code when it has the
 * shape of a statement of one of them and no run of four or more plain words outside string literals
 * (sentences have them, statements do not: keywords, single letters and names with digits or
 * underscores break a run). Comments are their own kind, so a run of code can carry them. Written by
 * hand after weighing ANTLR grammars (one heavy grammar and runtime per language, and a lexer still
 * cannot say where prose ends) against a line classifier whose precision the tests measure. Not API.
 */
final class CodeLineClassifier {

    /** What a line is. */
    enum Kind {
        /** Empty or blanks only. */
        BLANK,
        /** A whole-line comment ({@code #}, {@code //}, {@code /*}, {@code *}, {@code --}). */
        COMMENT,
        /** A statement so distinctive that one line alone is code (a definition, an import, a shell prompt). */
        STRONG,
        /** A statement. */
        CODE,
        /** Natural language, or anything else. */
        PROSE
    }

    private static final Pattern STRONG = Pattern.compile(String.join("|",
            "^(?:async\\s+)?def\\s+[A-Za-z_]\\w*\\s*\\(.*\\)\\s*(?:->\\s*[^:]+)?:\\s*(?:#.*)?$",
            "^class\\s+[A-Za-z_]\\w*\\s*(?:\\([^)]*\\))?\\s*:\\s*$",
            "^(?:from\\s+[\\w.]+\\s+import\\s+[\\w*, ()]+|import\\s+[\\w.]+(?:\\s+as\\s+\\w+)?(?:\\s*,\\s*[\\w.]+)*)\\s*;?$",
            "^#\\s*(?:include|define|ifndef|ifdef|endif|pragma)\\b.*$",
            "^#!/.*$",
            "^(?:package\\s+[\\w.]+|using\\s+[\\w.]+|import\\s+(?:static\\s+)?[\\w.]+\\*?)\\s*;$",
            "^package\\s+main$",
            "^(?:public|private|protected|internal)\\s+(?:static\\s+|final\\s+|abstract\\s+|async\\s+|override\\s+|virtual\\s+)*"
                    + "[\\w<>\\[\\],. ?]+\\s+\\w+\\s*\\(.*\\)\\s*(?:throws\\s+[\\w., ]+)?\\s*\\{?\\s*$",
            "^(?:pub\\s+)?(?:async\\s+)?fn\\s+\\w+\\s*(?:<[^>]*>)?\\s*\\(.*\\).*\\{\\s*$",
            "^func\\s+(?:\\([^)]*\\)\\s*)?\\w+\\s*\\(.*\\).*\\{\\s*$",
            "^(?:export\\s+)?(?:default\\s+)?(?:async\\s+)?function\\s*\\*?\\s*\\w*\\s*\\(.*\\)\\s*(?::\\s*[\\w<>\\[\\]|]+)?\\s*\\{\\s*$",
            "^import\\s+.*\\s+from\\s+['\"][^'\"]+['\"];?$",
            "^(?:const|let|var)\\s+[\\w{}\\[\\], ]+\\s*(?::\\s*[\\w<>\\[\\]|]+)?\\s*=\\s*(?:require\\(|\\(|async\\b|function\\b|\\[|\\{|new\\b|await\\b).*$",
            "^\\$\\s+(?:sudo\\s+)?[a-z][\\w.-]*(?:\\s.*)?$",
            "^(?:SELECT|INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|CREATE\\s+(?:TABLE|INDEX|VIEW|DATABASE)|ALTER\\s+TABLE|DROP\\s+(?:TABLE|INDEX|VIEW))\\b.*$",
            "^>>>\\s.*$"));

    private static final Pattern CODE = Pattern.compile(String.join("|",
            "^(?:if|elif|while|for|with|except|try|else|finally)\\b.*:\\s*(?:#.*)?$",
            "^(?:return|yield|raise|assert|del|pass|break|continue|await|throw)\\b(?:[^.]*|.*[;)\\]}])$",
            "^print\\s*\\(.*\\)\\s*;?$",
            "^[A-Za-z_][\\w.]*(?:\\[[^\\]]*\\])*(?:\\s*,\\s*[A-Za-z_][\\w.]*)*\\s*(?:=|\\+=|-=|\\*=|/=|//=|%=|\\|=|&=|\\^=|:=|<<=|>>=)\\s*[^=\\s].*$",
            "^(?:[\\w.<>\\[\\]*&:]+\\s+)+[*&]?\\w+(?:\\[\\w*\\])?\\s*(?:=\\s*.+)?;$",
            "^[\\w.\\[\\]()\"'<>!?*&:-]+\\s*\\(.*\\)\\s*[;,]?$",
            "^.*(?:\\)|\\w|\\]|>)\\s*\\{$",
            "^[})\\]]+[;,)]*\\s*(?:else\\b.*|catch\\b.*|finally\\b.*|while\\b.*)?$",
            "^.*[;]$",
            "^(?:case\\s+.+|default)\\s*:$",
            "^@\\w+(?:\\(.*\\))?$",
            "^(?:FROM|WHERE|GROUP\\s+BY|ORDER\\s+BY|HAVING|LIMIT|VALUES|SET|(?:LEFT|RIGHT|INNER|OUTER|FULL)?\\s*JOIN|ON|AND|OR|UNION)\\b.*$",
            "^(?:\\.\\.\\.|\\w+\\s*=>).*$"));

    private static final Pattern SHELL = Pattern.compile(
            "^(?:sudo\\s+)?(?:apt|apt-get|pip|pip3|npm|npx|yarn|git|cd|ls|mkdir|rm|cp|mv|echo|export|curl|wget|chmod|chown"
                    + "|docker|kubectl|python|python3|node|java|javac|mvn|gradle|make|cargo|go|brew|conda|source|cat|grep)"
                    + "\\s+[\\w./~$\"'-].*(?<![.!?:])$");
    private static final Pattern COMMENT = Pattern.compile("^(?:#(?![#!]?\\s*$).*|#|//.*|/\\*.*|\\*.*|--\\s.*)$");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'’-]+");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else", "for", "while",
            "return", "def", "class", "import", "from", "as", "with", "lambda", "none", "true", "false", "null", "new",
            "int", "void", "static", "public", "private", "const", "let", "var", "function", "select", "where", "by",
            "order", "group", "join", "on", "set", "values", "into", "update", "delete", "insert", "yield", "await",
            "async", "throw", "raise", "try", "except", "catch", "finally", "elif", "then", "fi", "do", "done", "echo");

    private CodeLineClassifier() {
    }

    /** The kind of {@code line} (without its terminator). */
    static Kind classify(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return Kind.BLANK;
        }
        if (t.startsWith("#") && STRONG.matcher(t).find()) {
            return Kind.STRONG;
        }
        if (COMMENT.matcher(t).matches() && !looksLikeMarkdownHeading(line, t)) {
            return Kind.COMMENT;
        }
        if (proseRun(t) >= 4) {
            return Kind.PROSE;
        }
        if (STRONG.matcher(t).find()) {
            return Kind.STRONG;
        }
        if (CODE.matcher(t).find() && hasCodeSymbol(t) || SHELL.matcher(t).find()) {
            return Kind.CODE;
        }
        return Kind.PROSE;
    }

    /** A {@code # Title} at the left margin followed by capitalised prose is a Markdown heading, not a comment. */
    private static boolean looksLikeMarkdownHeading(String line, String t) {
        return line.startsWith("#") && t.matches("#{1,6}\\s+\\p{Lu}[\\p{L} ,:'-]*") && proseRun(t) >= 3;
    }

    /** The longest run of plain words (no keyword, not a single letter, no digit or underscore) outside string literals. */
    static int proseRun(String line) {
        String text = STRING.matcher(line).replaceAll(" 0 ");
        int best = 0;
        int run = 0;
        int lastEnd = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            String between = text.substring(lastEnd, m.start());
            boolean joined = between.isBlank() || between.matches("\\s*[,;]\\s*");
            boolean plain = w.length() > 1 && w.chars().allMatch(Character::isLetter)
                    && !KEYWORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
            run = plain ? (joined ? run + 1 : 1) : 0;
            best = Math.max(best, run);
            lastEnd = m.end();
        }
        return best;
    }

    private static boolean hasCodeSymbol(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("=(){}[];<>$".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return t.endsWith(":") || t.matches("^(?:return|pass|break|continue|else|try|finally|default)\\b.*")
                || t.matches("^[A-Z]+\\b.*");
    }
}
