package de.globallokal.partnerships.partnership;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.globallokal.core.partnership.Partnership;

/** A partnership as the API answers it: its state plus the version to send in If-Match. */
record StoredPartnership(@JsonUnwrapped Partnership partnership, long version) {
}
