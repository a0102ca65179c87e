/** Implementation of the command line: stages, backend choice, output. Not API. */
package io.ultralink.cli.internal;
