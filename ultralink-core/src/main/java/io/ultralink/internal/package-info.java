/** Implementation details of ultralink-core. Not API: may change in any release. */
package io.ultralink.internal;
