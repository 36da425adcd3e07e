package glassdyn.analysis;

import glassdyn.particles.Configuration;
import glassdyn.space.Box;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A general triclinic cell whose third vector is c' = c + a + b describes the same periodic lattice as the
 * orthogonal cell (a, b, c): g(r), S(q), minimum images and flipped tilts must agree with the orthogonal
 * computation (an exact invariance, independent of the general-cell code paths).
 */
class GeneralTriclinicCellTest {
    static Configuration[] pair() {
        double lx = 7, ly = 8, lz = 9;
        Box ortho = Box.orthogonal(3, lx, ly, lz);
        Box skew = new Box(3, 0, 0, 0, lx, ly, lz, 0, lx, ly);   // c' = (lx, ly, lz) = a + b + c
        assertTrue(skew.isGeneralTriclinic());
        Random r = new Random(9);
        Configuration a = new Configuration(120, ortho), b = new Configuration(120, skew);
        for (int i = 0; i < 120; i++) {
            a.x[i] = r.nextDouble() * lx; a.y[i] = r.nextDouble() * ly; a.z[i] = r.nextDouble() * lz;
            b.x[i] = a.x[i]; b.y[i] = a.y[i]; b.z[i] = a.z[i];
            a.type[i] = b.type[i] = i % 3 == 0 ? 1 : 0;
        }
        a.mass = b.mass = new double[] {1, 1};
        return new Configuration[] {a, b};
    }

    @Test
    void sameLatticeSameAnswers() {
        Configuration[] c = pair();
        double[] ga = new RadialDistribution(3, 30).threads(1).compute(c[0]).doubleColumn("g").asDoubleArray();
        double[] gb = new RadialDistribution(3, 30).threads(1).compute(c[1]).doubleColumn("g").asDoubleArray();
        for (int k = 0; k < ga.length; k++) assertEquals(ga[k], gb[k], 1e-12 * Math.max(1, ga[k]), "g bin " + k);
        double[] sa = new StaticStructureFactor(4, 0.25).compute(c[0]).doubleColumn("S").asDoubleArray();
        double[] sb = new StaticStructureFactor(4, 0.25).compute(c[1]).doubleColumn("S").asDoubleArray();
        assertEquals(sa.length, sb.length);
        for (int k = 0; k < sa.length; k++) assertEquals(sa[k], sb[k], 1e-9 * Math.max(1, Math.abs(sa[k])), "S shell " + k);
        Box flipped = c[1].box.copy();
        flipped.flipTilt();
        assertEquals(0, flipped.xz(), 1e-12); assertEquals(0, flipped.yz(), 1e-12);
        double[] d = {3.4, -3.9, 5.0}, e = d.clone();   // crosses the c face: the skew cell subtracts c = (7, 8, 9)
        c[0].box.minimumImage(d);
        c[1].box.minimumImage(e);
        for (int k = 0; k < 3; k++) assertEquals(d[k], e[k], 1e-12);
    }
}
