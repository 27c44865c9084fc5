/** Small value types shared by all modules. */
package de.globallokal.core.value;
