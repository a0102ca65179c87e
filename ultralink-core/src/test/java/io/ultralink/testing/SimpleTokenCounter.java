package io.ultralink.testing;

import io.ultralink.tokens.TokenCounter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A token counter double: every Han character, every run of letters or digits and every other symbol is one token. */
public final class SimpleTokenCounter implements TokenCounter {

    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    @Override
    public int countTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Override
    public String encodingName() {
        return "simple-test";
    }
}
