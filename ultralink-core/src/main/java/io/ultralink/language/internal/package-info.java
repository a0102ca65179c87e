/** Language pack parsing. Not API: may change in any release. */
package io.ultralink.language.internal;
