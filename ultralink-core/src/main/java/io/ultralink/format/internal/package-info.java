/** JSON codecs of the dataset formats. Not API: may change in any release. */
package io.ultralink.format.internal;
