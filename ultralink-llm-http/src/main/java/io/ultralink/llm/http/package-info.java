/**
 * What a backend built on HTTP needs: {@link io.ultralink.llm.http.HttpBackendBuilder} (settings every
 * builder shares), {@link io.ultralink.llm.http.HttpTransport} (JSON over OkHttp with the SDK's
 * exception mapping), {@link io.ultralink.llm.http.ApiKey}, {@link io.ultralink.llm.http.PublicUrl}
 * and {@link io.ultralink.llm.http.HttpSettings} for providers.
 */
package io.ultralink.llm.http;
