package glassdyn.indicators;

import glassdyn.protocols.GlassPreparation;

import glassdyn.particles.Configuration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Q (paper 003 B3) against exact identities of a periodic triangulation: the regular triangles dual to the radical
 * Voronoi cells tile the torus (2N triangles by Euler's formula, total area = box area), and the divergence of a
 * continuous periodic piecewise-linear field integrates to zero (divergence theorem), for POLY and binary LJ sizes.
 */
class VoronoiAnisotropyDivergenceTest {
    @Test
    void triangulationTilesTheBoxAndTheDivergenceIntegratesToZero() {
        for (String model : new String[] {"poly", "lj"}) {
            Configuration c = model.equals("poly") ? GlassPreparation.poly(256, Double.POSITIVE_INFINITY, 0, 8)
                : GlassPreparation.lj(256, GlassPreparation.LjProtocol.HTL, 0.5, 8, 1);
            RadicalVoronoi v = RadicalVoronoi.of(c, model);
            VoronoiAnisotropyDivergence.Triangles t = VoronoiAnisotropyDivergence.triangles(v);
            double area = 0, flux = 0, fluxScale = 0;
            for (int k = 0; k < t.area().length; k++) {
                area += t.area()[k] / 3;
                flux += t.divergence()[k] * t.area()[k] / 3;
                fluxScale += Math.abs(t.divergence()[k]) * t.area()[k] / 3;
            }
            double cells = 0;
            for (double a : v.area) cells += a;
            System.out.printf("%s: %d cell vertices (6N = %d), triangle area %.10f, cell area %.10f, box %.10f, "
                + "integral of div p %.3e (of |div p| %.3e)%n", model, t.area().length, 6 * c.n, area, cells, c.box.volume(), flux, fluxScale);
            assertEquals(6 * c.n, t.area().length);
            assertEquals(c.box.volume(), area, 1e-9 * c.box.volume());
            assertEquals(c.box.volume(), cells, 1e-9 * c.box.volume());
            assertEquals(0, flux, 1e-10 * fluxScale);
            double[] q = VoronoiAnisotropyDivergence.compute(v);
            for (double x : q) assertEquals(false, Double.isNaN(x));
        }
    }
}
