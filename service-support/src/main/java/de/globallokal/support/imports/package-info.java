/**
 * What every CSV import reports alike: each line's action (create, update, unchanged,
 * refused with its field errors) and the summary, in a dry run and for real.
 */
package de.globallokal.support.imports;
