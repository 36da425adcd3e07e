package glassdyn.cli;

import glassdyn.potential.Potentials;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code potentials}: the registered potentials with their papers and parameters. */
@Command(name = "potentials", mixinStandardHelpOptions = true,
    description = "Lists the potential names with their paper and parameters.")
public final class PotentialsCommand implements Runnable {
    @Override
    public void run() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Potentials.Entry e : Potentials.all()) {
            System.out.println(e.name() + "\t" + e.paper() + "\t" + e.parameters());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("paper", e.paper());
            m.put("parameters", e.parameters());
            list.add(m);
        }
        Main.summary(Map.of("potentials", list));
    }
}
