/**
 * The shared language of GlobalLokal: event envelope, payload records, topic names, the
 * SDG catalogue and value types. A plain library that depends on no service.
 */
package de.globallokal.core;
