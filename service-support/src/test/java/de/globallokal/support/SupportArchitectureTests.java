package de.globallokal.support;

import de.globallokal.core.architecture.ModuleArchitectureTests;

/** What the services share keeps the rules of every module. */
class SupportArchitectureTests extends ModuleArchitectureTests {

    SupportArchitectureTests() {
        super("de.globallokal.support");
    }

}
