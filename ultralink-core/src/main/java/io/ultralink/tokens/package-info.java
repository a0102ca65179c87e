/** Token counting: the {@link io.ultralink.tokens.TokenCounter} contract. */
package io.ultralink.tokens;
