/** Implementation of the Spark jobs. Not API: anything here may change without notice. */
package io.ultralink.spark.internal;
