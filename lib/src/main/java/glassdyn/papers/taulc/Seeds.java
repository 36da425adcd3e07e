package glassdyn.papers.taulc;

/**
 * Independent seeds per ensemble (review 001, M8): the seed of an ensemble is a 64-bit mix of the pipeline seed and
 * the ensemble's key, so the tau_LC and tau_sh ensembles of one origin never share velocity draws (replica k of an
 * ensemble uses seed + k; two mixed seeds lie within a few hundred of each other with probability ~1e-16).
 */
final class Seeds {
    private Seeds() {}

    /** The seed of the ensemble {@code key} under the pipeline seed {@code seed} (SplitMix64 finaliser of both). */
    static long of(long seed, String key) {
        long z = seed * 0x9E3779B97F4A7C15L + key.hashCode() * 0xBF58476D1CE4E5B9L + key.length();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 1;
    }
}
