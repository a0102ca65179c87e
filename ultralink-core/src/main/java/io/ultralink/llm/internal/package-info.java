/** Implementation details of the LLM SPI. Not API: may change in any release. */
package io.ultralink.llm.internal;
