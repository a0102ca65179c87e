/** Counters and output bookkeeping of the language-agnostic pipeline. Not API. */
package io.ultralink.pipeline.agnostic.internal;
