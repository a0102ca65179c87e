/**
 * Readers for the English sources of the language-agnostic pipeline (ShareGPT, MetaMathQA,
 * Magicoder OSS-Instruct and Evol-Instruct, HumanEval): each record becomes a
 * {@link io.ultralink.model.Conversation} with a stable id; bad records are reported with their file
 * and line.
 */
package io.ultralink.source;
