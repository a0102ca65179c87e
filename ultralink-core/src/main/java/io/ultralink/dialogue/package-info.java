/** Knowledge-grounded dialogue generation: the {@link io.ultralink.dialogue.DialogueGenerator} contract. */
package io.ultralink.dialogue;
