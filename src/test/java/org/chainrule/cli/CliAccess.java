package org.chainrule.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Lets tests in other packages run the command line with captured output. */
public final class CliAccess {

    private CliAccess() {}

    public static int run(String[] args, StringWriter out, StringWriter err) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }
}
