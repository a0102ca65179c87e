package io.ultralink.llm.resilience;

/**
 * Counters of a {@link ResilientChatModel} since it was built.
 *
 * @param calls calls made by callers
 * @param attempts attempts sent to the wrapped model
 * @param retries attempts that were repeats
 * @param rateLimited attempts answered with a rate-limit error
 * @param failures calls that ended in an exception
 */
public record ResilienceStats(long calls, long attempts, long retries, long rateLimited, long failures) {
}
