package glassdyn.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent jobs (replicas, shear rates) on a fixed pool of workers; results in submission order, so a caller
 * whose jobs are each deterministic gets the same list on any number of threads. A job's runtime exception is
 * rethrown as is.
 */
public final class ParallelJobs {
    private ParallelJobs() {}

    public static <T> List<T> run(List<Callable<T>> jobs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())));
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (Callable<T> j : jobs) fs.add(pool.submit(j));
            List<T> out = new ArrayList<>(fs.size());
            for (Future<T> f : fs) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
