package de.globallokal.core.sdg;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.globallokal.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The catalogue of the 17 goals, read once from the bundled {@code sdgs.json}. */
public final class SdgCatalogue {

    public static final int FIRST = 1;

    public static final int LAST = 17;

    private static final List<Sdg> GOALS = load();

    private SdgCatalogue() {
    }

    public static List<Sdg> all() {
        return GOALS;
    }

    public static Optional<Sdg> goal(int number) {
        return isGoal(number) ? Optional.of(GOALS.get(number - 1)) : Optional.empty();
    }

    public static boolean isGoal(int number) {
        return number >= FIRST && number <= LAST;
    }

    /** True for a code such as {@code 13.1} or {@code 11.b} that belongs to its goal. */
    public static boolean isTarget(String code) {
        if (code == null || !code.contains(".")) {
            return false;
        }
        try {
            int goal = Integer.parseInt(code.substring(0, code.indexOf('.')));
            return goal(goal).map(g -> g.hasTarget(code)).orElse(false);
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record CatalogueFile(List<Sdg> goals) {
    }

    private static List<Sdg> load() {
        try (InputStream in = SdgCatalogue.class.getResourceAsStream("sdgs.json")) {
            if (in == null) {
                throw new IllegalStateException("sdgs.json missing from the classpath");
            }
            List<Sdg> goals = Json.tolerant().readValue(in, CatalogueFile.class).goals();
            if (goals.size() != LAST) {
                throw new IllegalStateException("expected 17 goals, found " + goals.size());
            }
            return goals.stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
