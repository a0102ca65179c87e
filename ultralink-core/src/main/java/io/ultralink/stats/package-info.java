/**
 * Statistics of a produced dataset (the paper's Tables 1 and 2 and Fig. 13) and the dataset card
 * that reports them.
 */
package io.ultralink.stats;
