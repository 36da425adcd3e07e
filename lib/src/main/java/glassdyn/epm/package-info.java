/**
 * The thermal elastoplastic lattice model EPM-Q of Ozawa and Biroli, "Elasticity, facilitation and dynamic
 * heterogeneity in glass-forming liquids", PRL 130, 138201 (2023) (paper 002).
 *
 * <ul>
 * <li>{@link glassdyn.epm.EshelbyKernel} and {@link glassdyn.epm.KernelVariant}: the rotated lattice Eshelby kernel
 * (SI Eqs. 6-16) with the readings of the fine-grid method, and its noise strength alpha (SI Eq. 26);</li>
 * <li>{@link glassdyn.epm.EpmDynamics}: the model, sampled literally or rejection-free, with or without elasticity;
 * {@link glassdyn.epm.ActivationRates}: the barrier (1-|sigma|)^{3/2};</li>
 * <li>{@link glassdyn.epm.DynamicCorrelations} / {@link glassdyn.epm.Correlations}: persistence, chi_4, C_s, C_p,
 * Gamma and tau_alpha; {@link glassdyn.epm.StressHistogram}: P(sigma); {@link glassdyn.epm.PersistenceSnapshots}:
 * persistence maps; {@link glassdyn.stats.LineFit}: Arrhenius and chi_4 fits;</li>
 * <li>{@link glassdyn.epm.MeanFieldTheory}: SI Eqs. 20-38; {@link glassdyn.epm.NoElasticExact}: the exact stationary
 * result without elasticity;</li>
 * <li>{@link glassdyn.epm.EpmRun}: one trajectory with transient and windows;
 * {@code environment/bench/EpmBenchmark.java}: the side-by-side benchmark.</li>
 * </ul>
 * The figure pipelines are in {@code glassdyn.papers.epmq} (a layer above).
 */
package glassdyn.epm;
