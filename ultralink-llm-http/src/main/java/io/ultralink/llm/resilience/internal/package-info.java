/** Pacing, token budgeting and backoff arithmetic behind the resilience decorator. Not API. */
package io.ultralink.llm.resilience.internal;
