/** Settings shared by the HTTP backends' builders. */
package io.ultralink.llm.http;
