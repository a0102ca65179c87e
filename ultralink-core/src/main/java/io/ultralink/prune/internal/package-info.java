/** Sampling machinery behind {@link io.ultralink.prune.DataPruners}. Not API: may change in any release. */
package io.ultralink.prune.internal;
