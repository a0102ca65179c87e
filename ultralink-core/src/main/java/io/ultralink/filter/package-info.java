/** The culture filter of the language-agnostic pipeline: contract, criteria and verdicts. */
package io.ultralink.filter;
