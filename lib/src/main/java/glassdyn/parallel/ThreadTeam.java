package glassdyn.parallel;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of {@code size} threads that runs one task split into {@code size} parts and waits for all of them:
 * part 0 on the calling thread, parts 1.. on daemon worker threads. Workers spin briefly, then park, between tasks, so
 * a molecular-dynamics step pays microseconds, not a thread-pool submission, per parallel phase.
 * Not re-entrant: one caller at a time.
 */
public final class ThreadTeam implements AutoCloseable {
    /** Spin iterations before a waiting thread parks (about a millisecond): covers the serial integrator work between two parallel phases of a step, so workers rarely pay a wake-up. */
    private static final int SPINS = 50_000;
    /** Spin iterations before the wait starts yielding the core now and then (some microseconds). */
    private static final int PURE_SPINS = 2_000;

    private final int size;
    private final Thread[] workers;
    private volatile IntConsumer task;
    private volatile long generation;
    private final java.util.concurrent.atomic.AtomicInteger remaining = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Thread caller;
    private volatile boolean closed;
    private volatile Throwable failure;

    public ThreadTeam(int size) {
        if (size < 1) throw new IllegalArgumentException("thread count must be at least 1, got " + size);
        this.size = size;
        workers = new Thread[size - 1];
        for (int t = 1; t < size; t++) {
            final int part = t;
            Thread w = new Thread(() -> work(part), "glassdyn-force-" + t);
            w.setDaemon(true);
            workers[t - 1] = w;
            w.start();
        }
    }

    public int size() { return size; }

    /** Runs {@code body.accept(part)} for every part {@code 0..size-1} and returns when all are done. */
    public void run(IntConsumer body) {
        if (size == 1) { body.accept(0); return; }
        caller = Thread.currentThread();
        task = body;
        remaining.set(size - 1);
        generation++;
        for (Thread w : workers) LockSupport.unpark(w);
        Throwable mine = null;
        try { body.accept(0); } catch (Throwable e) { mine = e; }
        int spins = 0;
        while (remaining.get() > 0) spins = pause(spins, false);
        task = null;
        Throwable f = mine != null ? mine : failure;
        failure = null;
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
    }

    /**
     * One wait iteration: a pure spin first (the common case on an idle machine: the other parts finish within
     * microseconds), then spins that also yield the core (on a busy machine the thread being waited for may be
     * descheduled; spinning without yielding would keep it off the core), then parking.
     */
    private int pause(int spins, boolean indefinitely) {
        if (spins < PURE_SPINS) Thread.onSpinWait();
        else if (spins < SPINS) { if ((spins & 63) == 0) Thread.yield(); else Thread.onSpinWait(); }
        else if (indefinitely) LockSupport.park(this);
        else LockSupport.parkNanos(this, 50_000);
        return spins + 1;
    }

    private void work(int part) {
        long seen = 0;
        while (!closed) {
            int spins = 0;
            while (generation == seen && !closed) spins = pause(spins, true);
            if (closed) return;
            seen = generation;
            try { task.accept(part); } catch (Throwable e) { failure = e; }
            if (remaining.decrementAndGet() == 0) LockSupport.unpark(caller);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) LockSupport.unpark(w);
    }
}
