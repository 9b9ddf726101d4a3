package org.chainrule.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chainrule.render.ExportOptions;
import org.chainrule.render.Exporter;
import org.chainrule.render.Picture;
import org.chainrule.render.RenderOptions;
import org.chainrule.render.Show;
import org.chainrule.render.Theme;
import org.chainrule.symbolic.LatexPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code chainrule export PROGRAM --at ... -o FILE}: the circuit picture as PNG, SVG, PDF or TikZ. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Draw the computational graph with its forward values (green, above each wire) and",
                "gradients (red, below) into FILE; the extension picks the format: .png .svg .pdf .tex (TikZ)."})
final class ExportCommand implements Callable<Integer> {

    /** Nodes beyond which the caption is left out: no one reads an equation that long under a picture. */
    static final long CAPTION_LIMIT = 2_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ProgramOptions input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "out.png, out.svg, out.pdf or out.tex")
    Path output;

    @Option(names = "--show", paramLabel = "WHAT", description = "all (answer key, default), values (forward values only) "
            + "or none (a worksheet: empty answer boxes)")
    Show show = Show.ALL;

    @Option(names = "--theme", paramLabel = "THEME", description = "light (default), dark, projector, print, colorblind")
    Theme theme = Theme.LIGHT;

    @Option(names = "--precision", paramLabel = "N", description = "decimals of every number (default 2)")
    int precision = 2;

    @Option(names = "--font-scale", paramLabel = "S", description = "multiplies every font size (default 1)")
    double fontScale = 1.0;

    @Option(names = "--scale", paramLabel = "S", description = "PNG only: pixels per point (default 2)")
    Double scale;

    @Option(names = "--dpi", paramLabel = "DPI", description = "PNG only: resolution, e.g. 300 for print (overrides --scale)")
    Integer dpi;

    @Option(names = "--caption", description = "write the function as an equation under the graph")
    boolean caption;

    @Override
    public Integer call() throws IOException {
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!Exporter.FORMATS.contains(ext)) {
            throw new UserError("cannot tell the format of '" + output + "': end the file name in .png, .svg, .pdf or .tex");
        }
        if (precision < 0 || precision > 12) throw new UserError("--precision must be between 0 and 12, not " + precision);
        if (!(fontScale > 0.25 && fontScale <= 8)) throw new UserError("--font-scale must be between 0.25 and 8");
        Path dir = output.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new UserError("the folder " + dir + " does not exist");
        Loaded l = input.load();
        RenderOptions options = RenderOptions.defaults().withTheme(theme).withPrecision(precision).withShow(show)
                .withFontScale(fontScale);
        if (caption) {
            var equation = LatexPrinter.equation(l.program(), CAPTION_LIMIT);
            if (equation.isPresent()) options = options.withCaption(equation.get());
            else spec.commandLine().getErr().println("note: no caption: the function is too long to write out as one equation");
        }
        ExportOptions eo = ExportOptions.defaults();
        if (scale != null) eo = eo.withScale(scale);
        if (dpi != null) eo = eo.withDpi(dpi);
        Picture picture = Picture.of(l.graph(), l.evaluation(), options);
        try {
            Exporter.export(picture, output, eo);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: could not write " + output + ": " + e.getMessage());
            return Cli.FAILURE;
        }
        for (String w : l.evaluation().warnings()) spec.commandLine().getErr().println("warning: " + w);
        for (String n : l.notes()) spec.commandLine().getErr().println("note: " + n);
        return Cli.OK;
    }
}
