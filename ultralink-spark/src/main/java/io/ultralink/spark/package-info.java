/**
 * UltraLink on Apache Spark: knowledge preparation ({@link io.ultralink.spark.SparkPreparation}) and
 * language-specific generation ({@link io.ultralink.spark.SparkGeneration}) as Spark jobs over Datasets, with
 * the same segments and records as the single-machine run, and {@link io.ultralink.spark.UltraLinkSpark}, the
 * {@code spark-submit} entry point that reads the YAML file of {@code ultralink run}.
 */
package io.ultralink.spark;
