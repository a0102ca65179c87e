/** The Anthropic Messages wire format. Not API. */
package io.ultralink.llm.anthropic.internal;
