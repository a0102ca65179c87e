/** Implementation of the language-specific pipeline: run state, output files, counters. Not API: may change without notice. */
package io.ultralink.pipeline.specific.internal;
