/**
 * Wikipedia input: streaming readers of MediaWiki XML dumps ({@code .xml}, {@code .xml.bz2}, multistream with
 * its index) and of wikiextractor output, the page filter, and our own wikitext-to-text cleaner.
 */
package io.ultralink.text.wiki;
