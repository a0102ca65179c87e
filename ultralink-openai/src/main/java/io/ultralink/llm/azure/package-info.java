/** The Azure OpenAI backend: deployment URLs, {@code api-version} and the {@code api-key} header. */
package io.ultralink.llm.azure;
