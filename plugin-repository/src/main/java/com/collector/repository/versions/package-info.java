/**
 * Version numbers and ranges: four-part Collector app versions (ClickOnce), semantic plugin
 * versions, and inclusive compatibility ranges over either.
 */
package com.collector.repository.versions;
