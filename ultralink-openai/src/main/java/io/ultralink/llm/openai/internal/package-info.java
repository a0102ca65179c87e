/** The OpenAI chat-completions wire format, shared by the OpenAI and Azure backends. Not API. */
package io.ultralink.llm.openai.internal;
