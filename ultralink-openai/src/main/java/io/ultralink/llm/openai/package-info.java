/**
 * The OpenAI-compatible chat-completions backend ({@code POST {baseUrl}/chat/completions}), usable
 * with OpenAI, vLLM, llama.cpp's server, Ollama's {@code /v1}, LM Studio, DeepSeek, Together, Groq
 * and OpenRouter. See {@code docs/backends.md} for the differences between these servers.
 */
package io.ultralink.llm.openai;
