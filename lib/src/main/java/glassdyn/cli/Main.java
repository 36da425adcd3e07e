package glassdyn.cli;

import glassdyn.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The command line (contract: {@code shared/CLI.md}). Every command prints {@code --help}, exits non-zero with a
 * one-line error on bad input and ends its standard output with one line of JSON summarising the result.
 */
@Command(name = "glassdyn", mixinStandardHelpOptions = true, version = "glassdyn 0.1.0",
    description = "Simulations and analyses of supercooled liquids and glasses (five papers; see README.md).",
    subcommands = {
        // one line per command; keep sorted by the order of CLI.md
        PotentialsCommand.class,
        ForcesCommand.class,
        MdCommand.class,
        MinimizeCommand.class,
        ElasticCommand.class,
        PrepareCommand.class,
        AnalyzeCommand.class,
        EpmCommand.class,
        ReproduceCommand.class,
        PlanCommand.class,
        RunUnitCommand.class,
        ExportLammpsCommand.class,
        ImportRunsCommand.class,
    })
public final class Main implements Runnable {

    /** Exit code for bad input (a file, a parameter, a name). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a failure that is not the input's fault. */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getCommandLine().getCommandName() + ": " + oneLine(ex.getMessage())
                + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            boolean bad = ex instanceof InputException || ex instanceof IllegalArgumentException
                || ex instanceof UncheckedIOException || ex instanceof java.nio.file.NoSuchFileException;
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : oneLine(ex.getMessage());
            err.println(cmd.getCommandName() + ": error: " + (bad ? msg : ex.getClass().getSimpleName() + ": " + msg));
            if (System.getenv("GLASSDYN_DEBUG") != null) ex.printStackTrace(err);
            return bad ? EXIT_BAD_INPUT : EXIT_FAILURE;
        });
        return cl;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** Prints the command's closing JSON summary line on standard output. */
    public static void summary(Map<String, ?> fields) {
        System.out.println(glassdyn.io.Json.write(fields));
        System.out.flush();
    }
}
