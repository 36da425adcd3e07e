package org.rapaio.jupyter.kernel.channels;

/**
 * Replaces rapaio-jupyter-kernel 3.0.1's {@code LoopThread} (same package, same public API; the kernel spec puts
 * this class before the kernel's jar on the class path). The original sets {@code running = true} only after
 * {@code Thread.start()}; when the new thread reaches its loop first (the machine is busy), it sees
 * {@code running == false} and exits at once. If that thread is the shell channel's, the kernel never answers
 * {@code kernel_info_request} and the notebook runner times out ("Kernel didn't respond in 180 seconds"; seen once
 * in CI and in 1 of ~15 starts under load here). Setting the flag before starting the thread removes the race.
 */
public final class LoopThread extends Thread {

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            loopBody.run();
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
