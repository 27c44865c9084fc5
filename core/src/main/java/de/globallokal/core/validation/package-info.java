/**
 * Checking input against the contract's constraints, with messages in the reader's
 * language.
 */
package de.globallokal.core.validation;
