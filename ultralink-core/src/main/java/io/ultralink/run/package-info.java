/**
 * Durable runs: one store per output folder that every stage writes through.
 *
 * <ul>
 * <li>{@link io.ultralink.run.RunLock}: one process at a time per output folder, the holder named;</li>
 * <li>{@link io.ultralink.run.WorkLog}: an append-only journal of units of work, each keyed by its input
 *     id and the {@link io.ultralink.run.Fingerprint} of what determined its result;</li>
 * <li>{@link io.ultralink.run.ResumeMode}: what a resumed run does with work made under another
 *     fingerprint: stop and say what changed, redo only that, or start over;</li>
 * <li>{@link io.ultralink.run.AtomicFiles}: files replaced whole, forced to disk with their folder;
 *     line files filtered in a stream, never read whole into memory.</li>
 * </ul>
 */
package io.ultralink.run;
