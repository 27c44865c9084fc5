package de.globallokal.partnerships;

import de.globallokal.core.architecture.ModuleArchitectureTests;

/** The partnerships service's shape. */
class PartnershipsArchitectureTests extends ModuleArchitectureTests {

    PartnershipsArchitectureTests() {
        super("de.globallokal.partnerships");
    }
}
