/** GGUF metadata reading, prompt templating and native-library set-up for the llama.cpp backend. Not API. */
package io.ultralink.llm.llamacpp.internal;
