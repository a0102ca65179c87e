/** Implementation details of {@code io.ultralink.prompt}. Not API: may change in any release. */
package io.ultralink.prompt.internal;
