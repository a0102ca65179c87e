/** Language identification with Lingua, restricted to the languages of the loaded packs. */
package io.ultralink.text.langid;
