package org.marsad.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * One system for every test class that asks for it: starting one costs a minute or two, so the classes share it.
 * It is stopped when the whole test run ends.
 */
final class SharedSystem implements BeforeAllCallback {

    private static RunningSystem system;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedSystem.class) {
            if (system == null) {
                // Each finished span is a line in its service's log, for TracingIT to follow one trace across them.
                system = RunningSystem.start(Map.of("MARSAD_TRACING_EXPORTER", "log"));
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(SharedSystem.class, new Stopper(system));
            }
        }
    }

    static RunningSystem get() {
        return system;
    }

    /** Closed by JUnit (an AutoCloseable in the root store) after the last test of the run. */
    private record Stopper(RunningSystem system) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            system.close();
        }
    }
}
