/** Staged rollout: which installations get a release at a given percentage, deterministically. */
package com.collector.repository.rollout;
