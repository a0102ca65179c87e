/**
 * Test doubles for the language-agnostic pipeline, shipped in the core test-jar: a scripted
 * {@link io.ultralink.llm.ChatModel}, a deterministic fake translator (with adversarial variants) and
 * a language detector that recognises the fake's output.
 */
package io.ultralink.testing.agnostic;
