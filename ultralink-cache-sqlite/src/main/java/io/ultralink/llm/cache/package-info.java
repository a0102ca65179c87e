/**
 * A persistent response cache in an embedded SQLite database, and the
 * {@link io.ultralink.llm.cache.CachingChatModel} decorator that consults it. Keys hash everything
 * that determines an answer, including the caller's prompt-template version.
 */
package io.ultralink.llm.cache;
