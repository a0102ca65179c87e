/**
 * Putting untrusted text (documents, conversations) into prompts so that it stays data:
 * {@link io.ultralink.prompt.DelimitedBlock} is the one neutraliser every delimited block uses.
 */
package io.ultralink.prompt;
