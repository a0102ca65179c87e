/**
 * The embedded backend: llama.cpp in process through {@code de.kherud:llama}, loading a local GGUF
 * file, so the SDK runs with no server and no key. A JVM that used it must end with
 * {@code System.exit}: the native library leaves a non-daemon thread behind.
 */
package io.ultralink.llm.llamacpp;
