package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.redact.Redactor;
import java.util.Locale;

/** Opens the run manifest of one invocation with the settings every manifest records. Not API. */
final class SessionManifest {

    private SessionManifest() {
    }

    /** The manifest ({@code run-manifest.json}, or the dry-run file) with seed, dry-run flag and resume mode. */
    static RunManifest open(ResolvedConfig config, String command, Redactor redactor) {
        RunManifest manifest = new RunManifest(config.output(), command, config.raw(),
                config.dryRun() ? RunManifest.DRY_RUN_FILE : RunManifest.FILE, redactor);
        manifest.put("seed", Long.toString(config.seed()));
        manifest.put("dryRun", Boolean.toString(config.dryRun()));
        manifest.put("resume", config.resumeMode().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return manifest;
    }
}
