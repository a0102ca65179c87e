package io.ultralink.cli.internal;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * Resolves the chat model before the first stage runs, so that a model that cannot be had (missing
 * file, {@code --offline} without a cached default model, an API backend without a model name) fails
 * in seconds instead of after a long preparation. Only commands that will call a model resolve it:
 * one of their stages needs a model and the configuration gives that stage something to work on.
 * Not API.
 */
public final class ModelResolution {

    private static final Set<String> MODEL_STAGES = Set.of("generate", "filter", "translate");

    private ModelResolution() {
    }

    /**
     * Creates the session's chat model now when one of {@code stages} will need it.
     *
     * @param session the session
     * @param stages the stages about to run, in order
     */
    public static void resolveEarly(RunSession session, List<String> stages) {
        if (session.config().dryRun() || stages.stream().noneMatch(MODEL_STAGES::contains)) {
            return;
        }
        if (session.wholeRun() && !hasInputs(session)) {
            return;
        }
        session.chatModel();
    }

    /** Whether {@code run} has any input a model stage would use. */
    private static boolean hasInputs(RunSession session) {
        var s = session.config().sources();
        return !session.config().dumps().isEmpty() || Files.isRegularFile(session.config().segmentsFile())
                || s.sharegpt() != null || s.metamath() != null || s.magicoder() != null || s.humaneval() != null;
    }
}
