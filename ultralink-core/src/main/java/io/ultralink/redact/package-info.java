/**
 * Removing secrets from text before it is printed or written: API key values taken from the
 * environment, {@code Authorization}-like header values, URL user-info and secret-looking query
 * parameters. {@link io.ultralink.redact.Redactor} is the one step every output goes through.
 */
package io.ultralink.redact;
