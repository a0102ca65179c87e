/**
 * Writing a language pack: {@link io.ultralink.text.pack.PackScaffold} starts one from an existing pack with
 * every text to be written natively marked, and {@link io.ultralink.text.pack.PackChecker} lists, with line
 * numbers, what is still wrong with one.
 */
package io.ultralink.text.pack;
