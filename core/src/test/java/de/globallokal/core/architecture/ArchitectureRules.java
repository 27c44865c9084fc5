package de.globallokal.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rules every module's architecture test checks, stated once (this class reaches the
 * other modules in core's test-jar).
 */
public final class ArchitectureRules {

    /** The one class that makes the clock, from the configured zone. */
    public static final String CLOCK_MAKER = "SiteClock";

    /** The one class that writes CSV for spreadsheets. */
    public static final String SAFE_CSV_WRITER = "SpreadsheetCsv";

    private static final Set<String> SYSTEM_CLOCKS = Set.of("systemUTC", "systemDefaultZone", "system");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ArchitectureRules() {
    }

    /**
     * The time comes from the injected clock: a hidden {@code Instant.now()} or system
     * clock cannot be set by a test and ignores the office's zone.
     */
    public static ArchRule timeFromTheInjectedClock() {
        return noClasses().that()
            .doNotHaveSimpleName(CLOCK_MAKER)
            .should()
            .callMethodWhere(askingTheSystemForTime())
            .because("the time is the injected Clock's (globallokal.site.zone), so tests can set it");
    }

    /**
     * Tables for spreadsheets go through service-support's {@code SpreadsheetCsv}, which
     * keeps formulas from the public out of staff spreadsheets.
     */
    public static ArchRule spreadsheetsThroughTheSafeWriter() {
        return noClasses().that()
            .doNotHaveSimpleName(SAFE_CSV_WRITER)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
            .because("a cell like =HYPERLINK(...) from a sign-up must not run in a staff spreadsheet");
    }

    private static DescribedPredicate<JavaMethodCall> askingTheSystemForTime() {
        return DescribedPredicate.describe("ask the system for the time or zone", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
            return owner.startsWith("java.time.") && name.equals("now") && noArguments
                    || owner.equals("java.time.Clock") && SYSTEM_CLOCKS.contains(name)
                    || owner.equals("java.time.ZoneId") && name.equals("systemDefault")
                    || owner.equals("java.util.TimeZone") && name.equals("getDefault");
        });
    }

    /**
     * The string literals in a module's main sources that name a time zone
     * ("Europe/Berlin"), as {@code file:line "literal"}; only the clock's own default
     * may.
     */
    public static List<String> zoneLiterals(Path mainSources) {
        Set<String> zones = ZoneId.getAvailableZoneIds();
        try (Stream<Path> files = Files.walk(mainSources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                .filter(file -> !file.getFileName().toString().equals(CLOCK_MAKER + ".java"))
                .flatMap(file -> literals(file).filter(literal -> zones.contains(literal.text()))
                    .map(literal -> mainSources.relativize(file) + ":" + literal.line() + " \"" + literal.text()
                            + "\""))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Literal(int line, String text) {
    }

    private static Stream<Literal> literals(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size()).boxed().flatMap(index -> {
                Matcher matcher = STRING_LITERAL.matcher(lines.get(index));
                return matcher.results().map(result -> new Literal(index + 1, result.group(1)));
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
