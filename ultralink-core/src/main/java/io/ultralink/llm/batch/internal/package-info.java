/** Implementation of the batch wave scheduler. Not API: may change in any release. */
package io.ultralink.llm.batch.internal;
