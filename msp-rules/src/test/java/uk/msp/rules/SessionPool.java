package uk.msp.rules;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * What an advisor's pool of Drools sessions holds: how many sessions it has made and how many are idle. The public
 * API does not show the pool, so this reads Drools' internals by reflection (Drools 10:
 * {@code KieSessionsPoolImpl.pools -> StatefulSessionPool.pool -> ScalablePool.resources / pool}); if they change,
 * the test using it is aborted (reported as skipped), never passed blind.
 *
 * @param made sessions the pool has created
 * @param idle sessions back in the pool, ready for the next evaluation
 */
record SessionPool(int made, int idle) {

    static SessionPool of(MspAdvisor advisor) {
        try {
            Object ruleBase = field(advisor, "rules");
            Object kiePool = field(ruleBase, "pool");
            Map<?, ?> pools = (Map<?, ?>) field(kiePool, "pools");
            int made = 0;
            int idle = 0;
            for (Object statefulPool : pools.values()) {
                Object scalable = field(statefulPool, "pool");
                made += ((Collection<?>) field(scalable, "resources")).size();
                idle += ((Collection<?>) field(scalable, "pool")).size();
            }
            return new SessionPool(made, idle);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Assumptions.abort("cannot see the Drools session pool (" + e + "): check for leaks another way");
            throw new AssertionError("unreachable");
        }
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(target.getClass().getName() + "." + name);
    }
}
