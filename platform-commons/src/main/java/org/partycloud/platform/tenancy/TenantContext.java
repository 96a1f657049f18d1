package org.partycloud.platform.tenancy;

import org.partycloud.core.tenant.TenantKey;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * The tenant the current thread works for. Set by {@link TenantRequestFilter} for a request, by batch and
 * feed code around each unit of work; always cleared in {@code finally}. The key is mirrored in the log MDC.
 */
public final class TenantContext {

    public static final String MDC_KEY = "tenant";
    private static final ThreadLocal<TenantKey> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantKey> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static TenantKey require() {
        TenantKey key = CURRENT.get();
        if (key == null) {
            throw new IllegalStateException("No tenant in context: this code must run inside a tenant request or unit of work");
        }
        return key;
    }

    public static void run(TenantKey key, Runnable work) {
        call(key, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(TenantKey key, Callable<T> work) {
        TenantKey previous = CURRENT.get();
        set(key);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                clear();
            } else {
                set(previous);
            }
        }
    }

    /**
     * Sets the tenant for a unit of work whose start and end are separate callbacks (a batch step's listener);
     * the end callback must {@link #clear()} it whatever happened. Everything else uses {@link #run}/{@link #call}.
     */
    public static void set(TenantKey key) {
        CURRENT.set(key);
        MDC.put(MDC_KEY, key.value());
    }

    public static void clear() {
        CURRENT.remove();
        MDC.remove(MDC_KEY);
    }
}
