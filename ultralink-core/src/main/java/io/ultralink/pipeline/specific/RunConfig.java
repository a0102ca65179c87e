package io.ultralink.pipeline.specific;

import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.run.RunStore;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The settings of a {@link LanguageSpecificPipeline}, as its builder hands them over (model, packs
 * and token counter already checked by the dialogue generator's builder).
 *
 * @param settings the generation settings, layout override applied
 * @param listener the progress listener, or null for none
 * @param store the caller's run store, or null to open one on the output folder
 * @param waves the wave model dialogues join while they run, or null for online calls
 */
record RunConfig(ChatModel model, LanguagePacks packs, TokenCounter tokenCounter, long seed, int concurrency,
        DialogueSettings settings, Path outputDir, boolean openAiOutput, boolean retryFailed, boolean sync,
        BadLinePolicy badLinePolicy, Progress.Listener listener, RunStore store,
        io.ultralink.llm.batch.WaveChatModel waves) {

    RunConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(badLinePolicy, "badLinePolicy");
    }
}
