/** Implementation of deduplication. Not API. */
package io.ultralink.mix.internal;
