/**
 * Paper 002, Ozawa and Biroli, PRL 130, 138201 (2023) ("epm-q"): the thermal elastoplastic model EPM-Q run as the
 * paper does and its claims checked.
 * <ul>
 * <li>{@link glassdyn.papers.epmq.EpmQ}: presets per scale ({@code smoke}, {@code quick}, {@code long}, {@code paper}),
 * the figure and report API of {@code reproduce epm-q} and notebook 03;</li>
 * <li>the runs: {@link glassdyn.papers.epmq.TemperatureSweep} (elastic sweep, larger lattice, no-elastic control) and
 * {@link glassdyn.papers.epmq.KernelStudy} (the kernel readings), simulated by
 * {@link glassdyn.papers.epmq.EpmTrajectories} as stages of the {@link glassdyn.papers.StageStore};</li>
 * <li>the panels: {@link glassdyn.papers.epmq.EpmQFigures} by typed name {@link glassdyn.papers.epmq.EpmQFigure};</li>
 * <li>the claims: {@link glassdyn.papers.epmq.EpmQClaims} and {@link glassdyn.papers.epmq.EpmQHeterogeneityClaims},
 * decided by the rules of {@link glassdyn.papers.epmq.EpmQRules}, with intervals over independent trajectories
 * ({@link glassdyn.papers.epmq.TrajectoryStats}); analyses used only here: {@link glassdyn.papers.epmq.RelaxationLaws}
 * (Arrhenius and VFT), {@link glassdyn.papers.epmq.MobilityFacilitation} (SI Fig. 10),
 * {@link glassdyn.papers.epmq.MobileClusters} (Fig. 2).</li>
 * </ul>
 * The model itself (dynamics, kernel, observables, mean-field theory) is the general package {@code glassdyn.epm}.
 */
package glassdyn.papers.epmq;
