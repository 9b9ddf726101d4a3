package org.chainrule.app.view;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.text.Font;

/**
 * Registers JLaTeXMath's TrueType fonts with JavaFX, once. Formulas painted through FXGraphics2D
 * (the picture's caption on the canvas) come out as garbage glyphs without them. Takes about 0.2 s,
 * so the window does it on a background thread after its first frame.
 */
public final class LatexFonts {

    private static final String ROOT = "/org/scilab/forge/jlatexmath/fonts/";
    private static final List<String> FILES = List.of(
            "base/jlm_cmex10.ttf", "base/jlm_cmmi10.ttf", "base/jlm_cmmib10.ttf",
            "euler/jlm_eufb10.ttf", "euler/jlm_eufm10.ttf",
            "latin/jlm_cmr10.ttf", "latin/jlm_jlmbi10.ttf", "latin/jlm_jlmbx10.ttf", "latin/jlm_jlmi10.ttf",
            "latin/jlm_jlmr10.ttf", "latin/jlm_jlmsb10.ttf", "latin/jlm_jlmsbi10.ttf", "latin/jlm_jlmsi10.ttf",
            "latin/jlm_jlmss10.ttf", "latin/jlm_jlmtt10.ttf",
            "latin/optional/jlm_cmbx10.ttf", "latin/optional/jlm_cmbxti10.ttf", "latin/optional/jlm_cmss10.ttf",
            "latin/optional/jlm_cmssbx10.ttf", "latin/optional/jlm_cmssi10.ttf", "latin/optional/jlm_cmti10.ttf",
            "latin/optional/jlm_cmtt10.ttf",
            "maths/jlm_cmbsy10.ttf", "maths/jlm_cmsy10.ttf", "maths/jlm_msam10.ttf", "maths/jlm_msbm10.ttf",
            "maths/jlm_rsfs10.ttf", "maths/jlm_special.ttf", "maths/jlm_stmary10.ttf",
            "maths/optional/jlm_dsrom10.ttf");
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private LatexFonts() {}

    /** Registers the fonts unless done before; returns how many JavaFX accepted. */
    public static int registerOnce() {
        if (!DONE.compareAndSet(false, true)) return 0;
        int n = 0;
        for (String f : FILES) {
            try (InputStream in = LatexFonts.class.getResourceAsStream(ROOT + f)) {
                if (in != null && Font.loadFont(in, 10) != null) n++;
            } catch (IOException e) {
                // a missing optional font only matters to formulas that use it
            }
        }
        return n;
    }

    /** Registers the fonts on a background thread. */
    public static void registerInBackground() {
        Thread t = new Thread(LatexFonts::registerOnce, "chainrule-latex-fonts");
        t.setDaemon(true);
        t.start();
    }
}
