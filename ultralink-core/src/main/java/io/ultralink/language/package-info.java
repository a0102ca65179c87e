/**
 * Language packs: prompts written natively in each language, language-id settings and the
 * document prefix. {@link io.ultralink.language.LanguagePacks} loads the built-in packs (en, zh, ru,
 * fr, es), packs on the class path and pack files from disk.
 */
package io.ultralink.language;
