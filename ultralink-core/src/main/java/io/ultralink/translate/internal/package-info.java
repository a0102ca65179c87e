/** Masking, chunking, Python splitting and checks behind {@link io.ultralink.translate.VerifiedTranslator}. Not API. */
package io.ultralink.translate.internal;
