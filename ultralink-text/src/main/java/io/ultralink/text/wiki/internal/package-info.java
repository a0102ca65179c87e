/** Implementation of the dump readers and the wikitext cleaner; not API, may change without notice. */
package io.ultralink.text.wiki.internal;
