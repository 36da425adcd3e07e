package glassdyn.dynamics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A seeded pseudo-random stream whose whole state can be saved in a checkpoint: xoshiro256** (D. Blackman and
 * S. Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47, 36 (2021)) seeded through SplitMix64,
 * with normal deviates from the Marsaglia polar method. Not thread-safe; draw from one thread in a fixed order so
 * results do not depend on the thread count.
 */
public final class RandomStream {
    private long s0, s1, s2, s3;
    private boolean hasSpare;
    private double spare;

    public RandomStream(long seed) {
        long z = seed;
        s0 = splitMix(z += 0x9E3779B97F4A7C15L);
        s1 = splitMix(z += 0x9E3779B97F4A7C15L);
        s2 = splitMix(z += 0x9E3779B97F4A7C15L);
        s3 = splitMix(z += 0x9E3779B97F4A7C15L);
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() { return (nextLong() >>> 11) * 0x1.0p-53; }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive, got " + bound);
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Standard normal deviate. */
    public double nextGaussian() {
        if (hasSpare) { hasSpare = false; return spare; }
        double u, v, s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * m;
        hasSpare = true;
        return u * m;
    }

    public void write(DataOutput out) throws IOException {
        out.writeLong(s0); out.writeLong(s1); out.writeLong(s2); out.writeLong(s3);
        out.writeBoolean(hasSpare); out.writeDouble(spare);
    }

    public void read(DataInput in) throws IOException {
        s0 = in.readLong(); s1 = in.readLong(); s2 = in.readLong(); s3 = in.readLong();
        hasSpare = in.readBoolean(); spare = in.readDouble();
    }
}
