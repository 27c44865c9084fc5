/** Small text helpers shared by the services. */
package de.globallokal.support.text;
