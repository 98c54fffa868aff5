package dev.codeatlas.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code atlas COMMAND ...}. Results on stdout; logs and progress on stderr. */
@Command(name = "atlas",
        mixinStandardHelpOptions = true,
        versionProvider = AtlasCli.Version.class,
        description = "Code Atlas: a code graph and search index for AI coding agents.",
        subcommands = {IndexCommand.class, SearchCommand.class, StatusCommand.class, ExportCommand.class, ParseCommand.class, ParseBatchCommand.class,
            McpCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class AtlasCli implements Runnable {

    public static final int EXIT_USER_ERROR = 1;
    public static final int EXIT_INTERNAL_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: atlas --help)");
    }

    public static void main(String[] args) {
        int code;
        try {
            code = execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory());
            code = EXIT_INTERNAL_ERROR;
        }
        System.exit(code);
    }

    static String outOfMemory() {
        return "atlas: out of memory (heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB); raise it with ATLAS_HEAP, e.g. ATLAS_HEAP=6g bin/atlas ...";
    }

    /** Runs the command line and returns the exit code (0 ok, 1 user error, 2 internal error). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new AtlasCli());
        cl.setErr(new PrintWriter(System.err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("atlas: " + ex.getMessage());
            return EXIT_USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError || ex instanceof dev.codeatlas.index.store.IndexBusyException) {
                commandLine.getErr().println("atlas: " + ex.getMessage());
                return EXIT_USER_ERROR;
            }
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    commandLine.getErr().println(outOfMemory());
                    return EXIT_INTERNAL_ERROR;
                }
            }
            commandLine.getErr().println("atlas: internal error: " + ex);
            if (Boolean.getBoolean("atlas.debug")) {
                ex.printStackTrace(System.err);
            }
            return EXIT_INTERNAL_ERROR;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AtlasCli.class.getPackage().getImplementationVersion();
            return new String[] {"atlas " + (v == null ? "dev" : v)};
        }
    }
}
