package org.chainrule.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chainrule.engine.Evaluation;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;

/**
 * Regenerates the pictures under {@code assets/pictures} (and, with {@code --all}, every variant for
 * looking at them): {@code mvn -q test-compile exec:java}-free, run as
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.chainrule.render.GalleryGenerator [dir] [--all]}.
 */
public final class GalleryGenerator {

    private GalleryGenerator() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "assets/pictures");
        boolean all = java.util.Arrays.asList(args).contains("--all");
        Files.createDirectories(dir);
        RenderOptions base = RenderOptions.defaults();
        ExportOptions png = ExportOptions.defaults();
        String ex3Latex = "f(w,x) = \\frac{1}{1 + e^{-(w_1 x_1 + w_2 x_2 - w_0)}}";

        write(dir, "ex1.png", Programs.EX1, Programs.EX1_AT, Granularity.FUSED,
                base.withCaption("f(x,y,z) = (x + y)\\,z"), png);
        write(dir, "ex3-fused.png", Programs.EX3, Programs.EX3_AT, Granularity.FUSED, base.withCaption(ex3Latex), png);
        write(dir, "ex3-decomposed.png", Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED, base, png);
        write(dir, "ex3-question.png", Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED,
                base.withShow(Show.NONE).withTheme(Theme.PRINT), png);
        write(dir, "ex3-solution.png", Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED,
                base.withTheme(Theme.PRINT), png);
        if (!all) return;
        for (Theme t : Theme.values()) {
            write(dir, "theme-" + t.name().toLowerCase() + ".png", Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED,
                    base.withTheme(t), png);
        }
        write(dir, "ex3-values.png", Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED, base.withShow(Show.VALUES), png);
        for (String ext : new String[] {"svg", "pdf", "tex"}) {
            write(dir, "ex3." + ext, Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED, base.withCaption(ex3Latex), png);
            write(dir, "ex3-question." + ext, Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED, base.withShow(Show.NONE), png);
        }
        write(dir, "fork.png", "q = x * y; f = q * z + q", Map.of("x", 3.0, "y", 2.0, "z", 1.0), Granularity.FUSED, base, png);
        String net30 = Programs.network(2, 3, 1);
        ComputationGraph g30 = Programs.graph(net30, Granularity.FUSED);
        write(dir, "net30.png", net30, Programs.randomInputs(g30, 1), Granularity.FUSED, base, png);
        String net200 = Programs.network(5, 8, 2);
        ComputationGraph g200 = Programs.graph(net200, Granularity.DECOMPOSED);
        write(dir, "net200.png", net200, Programs.randomInputs(g200, 2), Granularity.DECOMPOSED, base, png.withScale(1));
        write(dir, "net200.svg", net200, Programs.randomInputs(g200, 2), Granularity.DECOMPOSED, base, png);
        write(dir, "ex1-projector.png", Programs.EX1, Programs.EX1_AT, Granularity.FUSED, base.withTheme(Theme.PROJECTOR), png);
        write(dir, "nan.png", "log(x) * y + sqrt(y)", Map.of("x", -1.0, "y", 2.0), Granularity.FUSED, base, png);
        write(dir, "relu.png", "max(0, w*x + b) - c^x", Map.of("x", 1.5, "w", 2.0, "b", -1.0, "c", 2.0), Granularity.FUSED, base, png);
    }

    static void write(Path dir, String name, String program, Map<String, Double> at, Granularity gr,
                      RenderOptions o, ExportOptions e) throws Exception {
        ComputationGraph g = Programs.graph(program, gr);
        Evaluation ev = Programs.eval(g, at);
        Picture p = Picture.of(g, ev, o);
        Exporter.export(p, dir.resolve(name), e);
    }
}
