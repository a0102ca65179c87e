/** Implementation of the preparation pipeline; not API, may change without notice. */
package io.ultralink.text.prepare.internal;
