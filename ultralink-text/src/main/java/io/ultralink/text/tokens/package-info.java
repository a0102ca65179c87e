/** Token counting with jtokkit (the encodings of OpenAI's tiktoken). */
package io.ultralink.text.tokens;
