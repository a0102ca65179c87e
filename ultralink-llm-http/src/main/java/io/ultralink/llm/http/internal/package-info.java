/**
 * What the transport uses inside this module: status-to-exception mapping, rate-limit headers,
 * {@code Retry-After} parsing and request logging. Not API: may change in any release.
 */
package io.ultralink.llm.http.internal;
