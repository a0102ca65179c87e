package io.ultralink.llm;

import io.ultralink.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Everything one model call needs. Unset sampling options are left to the backend's defaults.
 *
 * <p>{@code stage}, {@code language} and {@code promptVersion} do not reach the model: they label the
 * call for usage accounting, and the prompt version is part of every cache key, so a changed template
 * never hits an old answer (stage and language are not).
 *
 * @param messages the conversation to continue, at least one message
 * @param temperature sampling temperature in [0, 2], if set
 * @param topP nucleus sampling in (0, 1], if set
 * @param maxTokens the completion token limit ({@code > 0}), if set
 * @param seed a sampling seed, if set
 * @param stop stop sequences (possibly empty)
 * @param responseFormat the required answer shape
 * @param stage the pipeline stage making the call ({@code "question"}, {@code "translate"}, ...), if labelled
 * @param promptVersion the version of the prompt template, if labelled
 * @param language the language the call works in (a pack code), if labelled
 */
public record ChatRequest(List<Message> messages, OptionalDouble temperature, OptionalDouble topP,
        OptionalInt maxTokens, OptionalLong seed, List<String> stop, ResponseFormat responseFormat,
        Optional<String> stage, Optional<String> promptVersion, Optional<String> language) {

    /** Validates ranges and copies lists. */
    public ChatRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(topP, "topP");
        Objects.requireNonNull(maxTokens, "maxTokens");
        Objects.requireNonNull(seed, "seed");
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        Objects.requireNonNull(responseFormat, "responseFormat");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(promptVersion, "promptVersion");
        Objects.requireNonNull(language, "language");
        if (temperature.isPresent() && (temperature.getAsDouble() < 0 || temperature.getAsDouble() > 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature.getAsDouble());
        }
        if (topP.isPresent() && (topP.getAsDouble() <= 0 || topP.getAsDouble() > 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], was " + topP.getAsDouble());
        }
        if (maxTokens.isPresent() && maxTokens.getAsInt() <= 0) {
            throw new IllegalArgumentException("maxTokens must be > 0, was " + maxTokens.getAsInt());
        }
    }

    /** A request with only messages. */
    public static ChatRequest of(List<Message> messages) {
        return builder().messages(messages).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder().messages(messages).stop(stop).responseFormat(responseFormat);
        b.temperature = temperature;
        b.topP = topP;
        b.maxTokens = maxTokens;
        b.seed = seed;
        b.stage = stage;
        b.promptVersion = promptVersion;
        b.language = language;
        return b;
    }

    /** Builds {@link ChatRequest}s; {@link #build()} validates. */
    public static final class Builder {
        private final List<Message> messages = new ArrayList<>();
        private OptionalDouble temperature = OptionalDouble.empty();
        private OptionalDouble topP = OptionalDouble.empty();
        private OptionalInt maxTokens = OptionalInt.empty();
        private OptionalLong seed = OptionalLong.empty();
        private List<String> stop = List.of();
        private ResponseFormat responseFormat = ResponseFormat.TEXT;
        private Optional<String> stage = Optional.empty();
        private Optional<String> promptVersion = Optional.empty();
        private Optional<String> language = Optional.empty();

        private Builder() {
        }

        /** Replaces the messages. */
        public Builder messages(List<Message> value) {
            messages.clear();
            messages.addAll(value);
            return this;
        }

        /** Appends a message. */
        public Builder addMessage(Message value) {
            messages.add(Objects.requireNonNull(value, "message"));
            return this;
        }

        /** Sampling temperature in [0, 2]. */
        public Builder temperature(double value) {
            temperature = OptionalDouble.of(value);
            return this;
        }

        /** Nucleus sampling in (0, 1]. */
        public Builder topP(double value) {
            topP = OptionalDouble.of(value);
            return this;
        }

        /** Completion token limit. */
        public Builder maxTokens(int value) {
            maxTokens = OptionalInt.of(value);
            return this;
        }

        /** Sampling seed. */
        public Builder seed(long value) {
            seed = OptionalLong.of(value);
            return this;
        }

        /** Stop sequences. */
        public Builder stop(List<String> value) {
            stop = List.copyOf(value);
            return this;
        }

        /** The required answer shape. */
        public Builder responseFormat(ResponseFormat value) {
            responseFormat = Objects.requireNonNull(value, "responseFormat");
            return this;
        }

        /** Labels the call with its pipeline stage. */
        public Builder stage(String value) {
            stage = Optional.of(value);
            return this;
        }

        /** Labels the call with the prompt-template version (part of cache keys). */
        public Builder promptVersion(String value) {
            promptVersion = Optional.of(value);
            return this;
        }

        /** Labels the call with the language it works in, for usage accounting. */
        public Builder language(String value) {
            language = Optional.of(value);
            return this;
        }

        /** Validates and builds. */
        public ChatRequest build() {
            return new ChatRequest(messages, temperature, topP, maxTokens, seed, stop, responseFormat, stage,
                    promptVersion, language);
        }
    }
}
