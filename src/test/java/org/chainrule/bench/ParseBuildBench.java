package org.chainrule.bench;

import java.util.concurrent.TimeUnit;
import org.chainrule.engine.Tape;
import org.chainrule.expr.Parser;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parse, build and compile a 100,000-gate program. Run: {@code mvn -q -Pbench verify -Dbench.args=ParseBuildBench}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBuildBench {

    String program;

    @Setup
    public void setUp() {
        program = RandomGraphs.program(100_000, 7);
    }

    @Benchmark
    public Tape parseAndBuild() throws Exception {
        return new Tape(GraphBuilder.build(Parser.parse(program), Granularity.FUSED));
    }
}
