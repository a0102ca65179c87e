/**
 * The immutable, validated values that flow through both UltraLink pipelines: documents and their
 * segments, dialogues, source conversations and the finished {@link io.ultralink.model.SftRecord}s.
 */
package io.ultralink.model;
