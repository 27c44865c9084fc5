package de.globallokal.partnerships;

import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.ServiceAccessTests;

@IntegrationTest
class PartnershipsAccessTests extends ServiceAccessTests {

    PartnershipsAccessTests() {
        super("/api/partnerships");
    }

}
