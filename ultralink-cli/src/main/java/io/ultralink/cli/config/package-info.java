/**
 * The {@code ultralink} configuration file: a strict YAML schema (unknown keys fail, naming the key
 * and the file) that every command-line option maps onto.
 */
package io.ultralink.cli.config;
