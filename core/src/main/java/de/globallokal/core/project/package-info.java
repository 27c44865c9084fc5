/**
 * Payloads of projects under a partnership: funding, the joint action programme,
 * indicators.
 */
package de.globallokal.core.project;
