/**
 * Mixing the finished data for training ({@link io.ultralink.mix.DatasetMixer}: mixed across
 * languages or sequential) and writing release files {@code {lang}_{type}.jsonl}
 * ({@link io.ultralink.mix.ReleaseFiles}).
 */
package io.ultralink.mix;
