/** The 17 UN Sustainable Development Goals with their colours, names and target codes. */
package de.globallokal.core.sdg;
