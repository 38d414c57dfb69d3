/**
 * Support for policy test suites: YAML scenarios ({@link uk.msp.rules.testing.Scenarios}), JUnit 5 dynamic tests
 * over a folder of them, scenario coverage, and AssertJ assertions on advice
 * ({@link uk.msp.rules.testing.AdviceAssert}). JUnit 5 and AssertJ are optional dependencies: bring your own.
 */
package uk.msp.rules.testing;
