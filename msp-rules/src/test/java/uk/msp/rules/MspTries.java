package uk.msp.rules;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a longer run set the tries of every property from the command line: {@code -Dmsp.tries=100000}. Without the
 * property each keeps the tries its annotation gives, chosen so that the normal build stays fast.
 */
public final class MspTries implements AroundPropertyHook {
    /** The system property that sets the tries. */
    static final String PROPERTY = "msp.tries";

    /** Registered on a test class, it applies to every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Integer tries = Integer.getInteger(PROPERTY);
        if (tries != null) context.attributes().setTries(tries);
        return property.execute();
    }
}
