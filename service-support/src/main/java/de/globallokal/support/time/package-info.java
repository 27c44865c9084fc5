/**
 * The application's clock in the office's time zone, for everything that asks what time
 * or day it is.
 */
package de.globallokal.support.time;
