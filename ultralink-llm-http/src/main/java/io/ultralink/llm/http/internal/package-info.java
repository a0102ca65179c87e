/**
 * HTTP plumbing shared by the HTTP backends: the OkHttp transport, status-to-exception mapping,
 * {@code Retry-After} parsing, secret masking and request logging. Not API: may change in any release.
 */
package io.ultralink.llm.http.internal;
