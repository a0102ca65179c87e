/** What every pipeline shares: the bounded stage executor. Not API: may change without notice. */
package io.ultralink.pipeline.internal;
