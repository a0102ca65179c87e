/** Progress of long steps: bars for people, JSON lines for batch logs, or nothing. */
package io.ultralink.cli.progress;
