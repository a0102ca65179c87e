/** Language-aware sentence splitting whose sentences cover the text exactly. */
package io.ultralink.text.sentence;
