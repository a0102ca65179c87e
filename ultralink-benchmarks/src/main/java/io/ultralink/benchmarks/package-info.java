/** Throughput programs and benchmarks; not published. */
package io.ultralink.benchmarks;
