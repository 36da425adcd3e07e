package glassdyn.epm;

/**
 * Something that watches an EPM-Q trajectory. {@link #advance} is called before every plastic event with the
 * event's time (the state passed is still the state just before it, i.e. the state on [previous event, t)) and at
 * the end of every {@link EpmDynamics#run}; {@link #event} is called after the event at {@code site} was applied.
 */
public interface EpmObserver {
    void advance(double t, EpmDynamics state);

    void event(int site, EpmDynamics state);

    /** Observes nothing. */
    EpmObserver NONE = new EpmObserver() {
        @Override public void advance(double t, EpmDynamics state) { }
        @Override public void event(int site, EpmDynamics state) { }
    };

    /** Several observers in order. */
    static EpmObserver all(EpmObserver... observers) {
        return new EpmObserver() {
            @Override public void advance(double t, EpmDynamics s) { for (EpmObserver o : observers) o.advance(t, s); }
            @Override public void event(int site, EpmDynamics s) { for (EpmObserver o : observers) o.event(site, s); }
        };
    }
}
