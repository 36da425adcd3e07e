package glassdyn.plan;

import glassdyn.io.AtomicFiles;
import glassdyn.papers.WorkUnit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Slurm array scripts of a plan: per dependency level one {@code sbatch --array} script whose task i runs
 * {@code run-unit DIR ID_i}, asking for the level's largest {@code --cpus-per-task} and {@code --mem} (the unit
 * estimates rounded up to whole GB, at least 1), and {@code submit.sh}, which submits the levels in order with
 * {@code --dependency=afterok} on the previous level's array.
 */
final class SlurmScripts {
    private SlurmScripts() {}

    static void write(Plan p, Path jar) {
        Path dir = p.dir.toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder submit = new StringBuilder("#!/usr/bin/env bash\n# Submits the levels of this plan in order (written by glassdyn plan).\n")
            .append("set -euo pipefail\ncd \"$(dirname \"$0\")\"\nprev=\"\"\n");
        for (int k = 0; k < p.levels(); k++) {
            List<WorkUnit> us = new ArrayList<>();
            for (WorkUnit u : p.units) if (p.level.get(u.id()) == k) us.add(u);
            int cpus = 1;
            long memGb = 1;
            double hours = 0;
            for (WorkUnit u : us) {
                cpus = Math.max(cpus, u.threads());
                memGb = Math.max(memGb, (long) Math.ceil(u.memoryGb()));
                hours = Math.max(hours, u.coreHours() / u.threads());
            }
            long minutes = Math.max(10, (long) Math.ceil(hours * 60 * 3));
            StringBuilder s = new StringBuilder("#!/usr/bin/env bash\n");
            s.append("#SBATCH --job-name=glassdyn-").append(p.paper).append("-L").append(k).append('\n')
                .append("#SBATCH --array=0-").append(us.size() - 1).append('\n')
                .append("#SBATCH --cpus-per-task=").append(cpus).append('\n')
                .append("#SBATCH --mem=").append(memGb).append("G\n")
                .append("#SBATCH --time=").append(minutes).append("\n")
                .append("#SBATCH --output=").append(dir.resolve("logs")).append("/level-").append(k).append("-%a.out\n")
                .append("# level ").append(k).append(" of the plan in ").append(dir).append(": ").append(us.size())
                .append(" independent units (time limit: 3x the largest estimate)\n")
                .append("set -euo pipefail\nUNITS=(");
            for (WorkUnit u : us) s.append(' ').append(u.id());
            s.append(" )\nID=${UNITS[$SLURM_ARRAY_TASK_ID]}\n")
                .append("exec \"${GLASSDYN_JAVA:-").append(java).append("}\" ").append(heap(memGb)).append(" -jar \"${GLASSDYN_JAR:-")
                .append(jar.toAbsolutePath()).append("}\" run-unit \"").append(dir).append("\" \"$ID\"\n");
            AtomicFiles.writeString(dir.resolve("slurm").resolve("level-" + k + ".sh"), s.toString());
            submit.append("j=$(sbatch --parsable ${prev:+--dependency=afterok:$prev} level-").append(k).append(".sh)\n")
                .append("echo \"level ").append(k).append(": job $j\"\nprev=$j\n");
        }
        AtomicFiles.writeString(dir.resolve("slurm").resolve("submit.sh"), submit.toString());
        dir.resolve("logs").toFile().mkdirs();
        dir.resolve("slurm").resolve("submit.sh").toFile().setExecutable(true);
        for (int k = 0; k < p.levels(); k++) dir.resolve("slurm").resolve("level-" + k + ".sh").toFile().setExecutable(true);
    }

    /**
     * The JVM heap of a task given {@code --mem=G}: all but 1 GB (metaspace, thread stacks, GC structures) from 2 GB
     * up, so a unit estimated at its heap + 1 GB gets that heap; 75% of the limit below.
     */
    static String heap(long memGb) { return memGb >= 2 ? "-Xmx" + (memGb - 1) + "g" : "-XX:MaxRAMPercentage=75"; }
}
