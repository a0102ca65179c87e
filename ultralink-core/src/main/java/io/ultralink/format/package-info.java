/**
 * Dataset formats: streaming JSONL readers that name the file and line of bad input, and crash-safe
 * writers that only ever leave whole lines, for the UltraLink release, OpenAI messages and ShareGPT
 * formats.
 */
package io.ultralink.format;
