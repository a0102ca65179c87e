/**
 * Provider batch APIs: {@link io.ultralink.llm.batch.BatchClient} submits many chat requests under
 * custom ids at once (at a lower price, answered within hours), and
 * {@link io.ultralink.llm.batch.WaveChatModel} makes such a client look like a
 * {@link io.ultralink.llm.ChatModel}: the calls of every open dialogue are gathered into one batch
 * per wave, and the batch ids, custom ids and results are journalled in the run store so that a
 * resumed run polls the same batch instead of paying again.
 */
package io.ultralink.llm.batch;
