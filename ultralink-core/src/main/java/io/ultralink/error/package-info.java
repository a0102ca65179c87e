/**
 * The SDK's single unchecked exception family. {@link io.ultralink.error.UltraLinkException#isRetryable()}
 * tells whether a retry can help; {@link io.ultralink.error.InvalidInputException} carries the file,
 * line and record of bad input.
 */
package io.ultralink.error;
