/**
 * UltraLink on Apache Spark: knowledge preparation ({@link io.ultralink.spark.SparkPreparation}), language-specific
 * generation ({@link io.ultralink.spark.SparkGeneration}) and the language-agnostic culture filter and translation
 * ({@link io.ultralink.spark.SparkTranslation}) as Spark jobs over Datasets, with the same segments and records as
 * the single-machine run, generation and translation resumable across runs by fingerprint, and
 * {@link io.ultralink.spark.UltraLinkSpark}, the {@code spark-submit} entry point that reads the YAML file of
 * {@code ultralink run}.
 */
package io.ultralink.spark;
