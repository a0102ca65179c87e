/** Implementation of the segmenter (units, planning); not API, may change without notice. */
package io.ultralink.text.segment.internal;
