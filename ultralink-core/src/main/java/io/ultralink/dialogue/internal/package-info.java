/** Implementation of dialogue generation: prompts, quality gates, seeding. Not API: may change without notice. */
package io.ultralink.dialogue.internal;
