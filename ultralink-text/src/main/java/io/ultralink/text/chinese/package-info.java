/** Chinese script normalisation (Traditional to Simplified) with OpenCC4j. */
package io.ultralink.text.chinese;
