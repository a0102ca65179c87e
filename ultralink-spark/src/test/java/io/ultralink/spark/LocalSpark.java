package io.ultralink.spark;

import org.apache.spark.sql.SparkSession;

/** A local Spark session for tests: loopback only, no UI, few shuffle partitions. */
final class LocalSpark {

    private LocalSpark() {
    }

    /** A session on {@code master} (local[N] or local[N,maxFailures]). */
    static SparkSession start(String master) {
        return SparkSession.builder().master(master).appName("ultralink-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
