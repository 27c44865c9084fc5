/**
 * Payloads of fair procurement: the product groups the city buys, the credible labels
 * that apply to them, the targets the council set and the purchases per department and
 * year, from which the share bought with a label follows.
 */
package de.globallokal.core.procurement;
