package glassdyn.dynamics;

/** Checks of integrator parameters shared by the schemes. */
final class TimeStep {
    private TimeStep() {}

    static double check(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) throw new IllegalArgumentException("time step must be positive and finite, got " + dt);
        return dt;
    }

    static double positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        return v;
    }
}
