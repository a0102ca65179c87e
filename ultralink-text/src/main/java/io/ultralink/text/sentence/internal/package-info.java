/** Implementation of the sentence splitters; not API, may change without notice. */
package io.ultralink.text.sentence.internal;
