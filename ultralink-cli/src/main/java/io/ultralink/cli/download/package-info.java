/** The default GGUF model, downloaded on first use into the user cache, resumable and verified. */
package io.ultralink.cli.download;
