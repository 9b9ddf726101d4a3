package org.chainrule.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chainrule.engine.Evaluation;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.layout.LayoutOptions;
import org.chainrule.layout.Scene;
import org.chainrule.render.Exporter;
import org.chainrule.render.Picture;
import org.chainrule.render.RenderOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Layout plus painting on random expression-shaped DAGs (targets: 1,000 gates under 50 ms, 10,000
 * under 2 s). Run: {@code mvn -q -Pbench verify -Dbench.args=LayoutBench}.
 * {@code layoutAndSvg} is the whole export path without the disk: layout with real font metrics,
 * paint with JFreeSVG, serialise. {@code layoutAndRaster} paints into a 2000 x 2000 image scaled to
 * fit (a whole 10,000-gate picture at full size would need gigabytes of pixels).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true", "-Xss8m", "-Xms2g", "-Xmx2g"})
public class LayoutBench {

    @Param({"1000", "10000"})
    public int gates;

    ComputationGraph graph;
    Evaluation eval;

    @Setup
    public void setup() {
        graph = RandomDags.expression(42, gates, Math.max(4, gates / 20), 0.15);
        Map<String, Double> at = new HashMap<>();
        for (Node n : graph.inputs()) at.put(n.id(), 0.5);
        try {
            eval = Evaluation.of(graph, at);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public Scene layoutOnly() {
        return LayeredLayout.layout(graph, LayoutOptions.defaults());
    }

    @Benchmark
    public int layoutAndSvg() {
        Picture p = Picture.of(graph, eval, RenderOptions.defaults());
        return Exporter.svg(p).length();
    }

    @Benchmark
    public int layoutAndRaster() {
        Picture p = Picture.of(graph, eval, RenderOptions.defaults());
        BufferedImage img = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        double s = Math.min(2000 / p.width(), 2000 / p.height());
        g.scale(s, s);
        p.paint(g);
        g.dispose();
        return img.getRGB(0, 0);
    }
}
