package io.ultralink.translate.internal;

import io.ultralink.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts prose into pieces under a token budget at paragraph boundaries (then at line boundaries for
 * a paragraph too long on its own). Separators and surrounding whitespace stay fixed, so joining the
 * pieces gives the text back exactly. Not API.
 */
public final class Chunker {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private Chunker() {
    }

    /** Splits {@code text} into translatable chunks of at most {@code budget} tokens where possible. */
    public static List<Piece> chunk(String text, int budget, TokenCounter tokens) {
        List<Piece> out = new ArrayList<>();
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start > 0) {
            out.add(Piece.fixed(text.substring(0, start)));
        }
        if (start < end) {
            pack(text.substring(start, end), PARAGRAPH_BREAK, budget, tokens, out, true);
        }
        if (end < text.length()) {
            out.add(Piece.fixed(text.substring(end)));
        }
        return out;
    }

    private static void pack(String body, Pattern breaks, int budget, TokenCounter tokens, List<Piece> out,
            boolean mayRefine) {
        List<String> parts = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        Matcher m = breaks.matcher(body);
        int last = 0;
        while (m.find()) {
            parts.add(body.substring(last, m.start()));
            seps.add(m.group());
            last = m.end();
        }
        parts.add(body.substring(last));
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            String candidate = current.length() == 0 ? part : current + seps.get(i - 1) + part;
            if (current.length() > 0 && tokens.countTokens(candidate) > budget) {
                emit(current.toString(), budget, tokens, out, mayRefine);
                out.add(Piece.fixed(seps.get(i - 1)));
                current.setLength(0);
                current.append(part);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        emit(current.toString(), budget, tokens, out, mayRefine);
    }

    private static void emit(String chunk, int budget, TokenCounter tokens, List<Piece> out, boolean mayRefine) {
        if (mayRefine && tokens.countTokens(chunk) > budget && chunk.indexOf('\n') >= 0) {
            pack(chunk, Pattern.compile("\\n"), budget, tokens, out, false);
        } else {
            out.add(Piece.prose(chunk, ""));
        }
    }
}
