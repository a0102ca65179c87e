/** Verified translation: the {@link io.ultralink.translate.Translator} contract and its checks. */
package io.ultralink.translate;
