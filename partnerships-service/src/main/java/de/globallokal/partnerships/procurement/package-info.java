/**
 * Fair procurement: product groups with their targets, labels and criteria (with the
 * reference set shipped with the product), purchase records and their CSV import.
 */
package de.globallokal.partnerships.procurement;
