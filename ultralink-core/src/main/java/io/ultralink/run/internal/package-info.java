/** Implementation of the run store used by the pipelines: input digests. Not API: may change in any release. */
package io.ultralink.run.internal;
