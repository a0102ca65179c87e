/** The picocli commands and their option groups. Not API. */
package io.ultralink.cli.internal.command;
