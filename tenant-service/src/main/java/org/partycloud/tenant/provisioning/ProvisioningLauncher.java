package org.partycloud.tenant.provisioning;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.partycloud.core.tenant.TenantKey;
import org.partycloud.core.tenant.TenantStatus;
import org.partycloud.tenant.registry.TenantLifecycleEvents.DeletionRequested;
import org.partycloud.tenant.registry.TenantLifecycleEvents.ProvisioningRequested;
import org.partycloud.tenant.registry.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs sagas in the background on a bounded pool, once the request that asked for one has committed, and at
 * start-up resumes every tenant a stopped or crashed process left PROVISIONING or DELETING.
 */
@Component
class ProvisioningLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningLauncher.class);
    private final ProvisioningSaga saga;
    private final TenantRegistry registry;
    private final ThreadPoolExecutor pool;

    ProvisioningLauncher(ProvisioningSaga saga, TenantRegistry registry, ProvisioningProperties properties) {
        this.saga = saga;
        this.registry = registry;
        int threads = Math.max(1, properties.parallelism());
        AtomicInteger count = new AtomicInteger();
        // Unbounded queue, bounded threads: requests wait their turn instead of being refused; a queued request
        // lost to a crash is resumed from the registry at the next start.
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "provisioning-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    @TransactionalEventListener
    void on(ProvisioningRequested request) {
        submitProvisioning(request.key());
    }

    @TransactionalEventListener
    void on(DeletionRequested request) {
        submitDeletion(request.key());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        var provisioning = registry.withStatus(TenantStatus.PROVISIONING);
        var deleting = registry.withStatus(TenantStatus.DELETING);
        if (!provisioning.isEmpty() || !deleting.isEmpty()) {
            log.info("Resuming {} provisioning and {} deleting tenant(s)", provisioning.size(), deleting.size());
        }
        provisioning.forEach(this::submitProvisioning);
        deleting.forEach(this::submitDeletion);
    }

    private void submitProvisioning(TenantKey key) {
        pool.execute(() -> saga.provision(key));
    }

    private void submitDeletion(TenantKey key) {
        pool.execute(() -> saga.delete(key));
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            // What is cut short stays PROVISIONING or DELETING and is resumed at the next start.
            pool.shutdownNow();
        }
    }
}
