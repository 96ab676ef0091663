package org.windsweep.cli;

import org.windsweep.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The launcher's entry point: one picocli command per subcommand (README's Usage). */
@Command(
        name = "windsweep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Wind farm layout optimisation sweeps on Apache Spark, with results in HDF5.")
public final class Main {

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, MergeCommand.class, RerunCommand.class,
            StatusCommand.class, ValidateCommand.class, OptimizeCommand.class, AepCommand.class, BenchCommand.class,
            ReportCommand.class, CommandLine.HelpCommand.class);

    /** Exit code for bad input of any kind (README: exit codes). */
    public static final int EXIT_BAD_INPUT = 2;
    /**
     * Exit code for a command that finished but left configs without a result (run, rerun, merge, status: see status,
     * then rerun; optimize: a config failed).
     */
    public static final int EXIT_INCOMPLETE = 3;

    /** 0 when every config a command set out to finish has a result, else {@link #EXIT_INCOMPLETE}. */
    static int exitCode(boolean complete) {
        return complete ? 0 : EXIT_INCOMPLETE;
    }
    /** Exit code for anything else that stopped a command. */
    public static final int EXIT_FAILURE = 1;

    public static void main(String[] args) throws Exception {
        ProcessExit.exit(execute(args));
    }

    /** Runs one command line and returns its exit code; the tests call this instead of main. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        withVersion(commandLine.getSubcommands().values());
        // picocli would read an argument starting with @ as a file of arguments: a path may start with @
        commandLine.setExpandAtFiles(false);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof InvalidInputException) {
                cmd.getErr().println("windsweep: " + escapeLineBreaks(exception.getMessage()));
                return EXIT_BAD_INPUT;
            }
            if (exception instanceof IOException || exception instanceof UncheckedIOException) {
                // The machine, not the input: a full disk, a lost connection. Published files are all-or-nothing,
                // so one line is enough; what finished is safe.
                cmd.getErr().println("windsweep: " + cmd.getCommandName() + " stopped by an I/O error: "
                        + oneLine(exception) + "; what was published before it is intact");
                return EXIT_FAILURE;
            }
            throw exception;
        });
        commandLine.setParameterExceptionHandler((exception, parsedArgs) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("windsweep: " + escapeLineBreaks(exception.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    /** Every subcommand's --help lists -V: it prints the launcher's version there too (it printed nothing). */
    private static void withVersion(Collection<CommandLine> subcommands) {
        for (CommandLine subcommand : subcommands) {
            subcommand.getCommandSpec().versionProvider(new VersionProvider());
            withVersion(subcommand.getSubcommands().values());
        }
    }

    /**
     * The subcommand the command line names, alone: picocli builds each subcommand's model by reflection (about a
     * tenth of a second more for them all than for one, in a fresh JVM), and a command line runs one. Every
     * subcommand for anything else: the usage, {@code help} (which needs its siblings) and names that match none.
     */
    private static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                Command command = subcommand.getAnnotation(Command.class);
                if (subcommand != CommandLine.HelpCommand.class
                        && (command.name().equals(args[0]) || Arrays.asList(command.aliases()).contains(args[0]))) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /** A message that quotes the user's input (a name with a line break in it) still takes one line. */
    private static String escapeLineBreaks(String message) {
        return message.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String oneLine(Exception exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
