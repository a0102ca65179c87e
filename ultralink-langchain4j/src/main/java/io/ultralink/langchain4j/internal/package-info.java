/** Request, response and error mapping between LangChain4j and UltraLink. Not API. */
package io.ultralink.langchain4j.internal;
