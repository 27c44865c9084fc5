/** Test helpers shared by the modules' integration tests. */
package de.globallokal.testkit;
