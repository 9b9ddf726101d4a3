package org.chainrule.cli;

import java.io.PrintWriter;
import org.chainrule.expr.BigStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code chainrule eval ...}, {@code chainrule export ...}. Exit codes: 0 success,
 * 2 a bad program or bad arguments (message on standard error), 1 anything else. No stack trace ever
 * reaches the user.
 */
@Command(name = "chainrule", mixinStandardHelpOptions = true, version = "Chainrule 0.1",
        description = "Computational graphs, forward values and backward gradients.",
        subcommands = {EvalCommand.class, ExportCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: eval or export");
    }

    /** Runs the command line on a large stack and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return BigStack.call(() -> commandLine(out, err).execute(args));
        } catch (StackOverflowError e) {
            err.println("error: the program is nested too deeply to evaluate");
            return BAD_INPUT;
        } catch (Throwable e) {
            err.println("error: " + e);
            return FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUnmatchedOptionsArePositionalParams(true); // a program may start with a minus: eval "-x^2"
        cl.setExitCodeExceptionMapper(e -> e instanceof UserError ? BAD_INPUT : FAILURE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            err.println("run 'chainrule " + (ex.getCommandLine().getCommandName().equals("chainrule") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help' for usage");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserError u) {
                err.println("error: " + u.getMessage());
                return BAD_INPUT;
            }
            err.println("error: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return FAILURE;
        });
        return cl;
    }
}
