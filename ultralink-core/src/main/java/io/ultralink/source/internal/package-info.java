/** Record converters behind {@link io.ultralink.source.SourceReader}. Not API: may change in any release. */
package io.ultralink.source.internal;
