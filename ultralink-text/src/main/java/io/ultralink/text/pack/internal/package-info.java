/** Line numbers of YAML values and the fields of a pack that are written natively. Not API. */
package io.ultralink.text.pack.internal;
