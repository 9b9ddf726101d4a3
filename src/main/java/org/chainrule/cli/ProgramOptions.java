package org.chainrule.cli;

import org.chainrule.graph.Granularity;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command takes: the program, the point, and the granularity of the gates. */
final class ProgramOptions {

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "for example \"(x + y) * z\" or \"q = x + y; f = q * z\"")
    String program;

    @Option(names = "--at", paramLabel = "POINT", description = "input values, for example x=-2,y=5,z=-4")
    String at;

    @Option(names = "--granularity", paramLabel = "G", description = "fused (default) or decomposed")
    Granularity granularity = Granularity.FUSED;

    Loaded load() {
        return Loaded.of(program, at, granularity);
    }
}
