/**
 * Projects under a partnership: funding lines, the joint action programme, indicators.
 */
package de.globallokal.partnerships.project;
