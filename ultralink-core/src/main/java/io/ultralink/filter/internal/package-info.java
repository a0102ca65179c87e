/** Prompt and answer parsing behind {@link io.ultralink.filter.ModelCultureFilter}. Not API. */
package io.ultralink.filter.internal;
