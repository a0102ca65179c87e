/** HTTP plumbing of the batch clients. Not API: may change in any release. */
package io.ultralink.llm.http.batch.internal;
