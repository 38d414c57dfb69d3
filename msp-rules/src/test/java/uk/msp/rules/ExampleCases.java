package uk.msp.rules;

import java.nio.file.Path;

/**
 * The example cases in {@code examples/cases} (invented people), the one copy the README, the {@code msp} tool's tests
 * and these tests all read. Tests run with the module as working directory, so the folder is one level up.
 */
final class ExampleCases {
    static final Path DIR = Path.of("..", "examples", "cases");

    private ExampleCases() {}

    static Path of(String fileName) {
        return DIR.resolve(fileName);
    }
}
