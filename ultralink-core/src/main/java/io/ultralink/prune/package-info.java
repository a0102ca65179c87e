/** Budgeted, seeded selection of translated maths and code per language: {@link io.ultralink.prune.DataPruner}. */
package io.ultralink.prune;
