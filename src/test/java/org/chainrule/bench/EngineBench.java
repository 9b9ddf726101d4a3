package org.chainrule.bench;

import java.util.concurrent.TimeUnit;
import org.chainrule.engine.BackwardPass;
import org.chainrule.engine.ForwardPass;
import org.chainrule.engine.Tape;
import org.chainrule.graph.ComputationGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forward and backward passes through the real tape on random graphs. Divide the time per operation
 * by {@code gates} for nanoseconds per gate. Run: {@code mvn -q -Pbench verify -Dbench.args=EngineBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBench {

    @Param({"10000", "100000", "1000000"})
    int gates;

    Tape tape;
    double[] inputs;
    double[] values;
    double[] grads;

    @Setup(Level.Trial)
    public void setUp() {
        ComputationGraph g = RandomGraphs.graph(gates, 42);
        tape = new Tape(g);
        inputs = new double[tape.inputNames().size()];
        for (int i = 0; i < inputs.length; i++) inputs[i] = Math.sin(i) * 2;
        values = new double[tape.size()];
        grads = new double[tape.size()];
        ForwardPass.run(tape, inputs, values);
    }

    @Benchmark
    public double forward() {
        ForwardPass.run(tape, inputs, values);
        return values[tape.output()];
    }

    @Benchmark
    public double backward() {
        BackwardPass.run(tape, values, grads);
        return grads[0];
    }

    @Benchmark
    public double forwardBackward() {
        ForwardPass.run(tape, inputs, values);
        BackwardPass.run(tape, values, grads);
        return grads[0];
    }
}
