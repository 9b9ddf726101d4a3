package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Speed in the real window: a program edit of about 200 gates parsed, built, evaluated, laid out and
 * painted on the FX thread, and a repaint (what a pan does) of about 1,000 gates. A benchmark, not
 * a test: its name keeps it out of {@code mvn verify}, and it asserts no times. Run it with
 * {@code mvn -q -B test -Dtest=RelayoutSpeedBench -Dchainrule.timing=true}; the figures go to
 * standard error.
 */
@ExtendWith(ApplicationExtension.class)
class RelayoutSpeedBench extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void editOf200Gates(FxRobot robot) throws Exception {
        String[] programs = {Networks.twoLayer(4, 18, 1), Networks.twoLayer(4, 18, 2)};
        long[] times = new long[20];
        for (int k = -20; k < times.length; k++) {
            String p = programs[(k + 20) % 2];
            long[] t = new long[1];
            robot.interact(() -> window.editor().setText(p));
            robot.interact(() -> {
                long t0 = System.nanoTime();
                window.editor().run();
                window.canvas().paintNow();
                t[0] = System.nanoTime() - t0;
            });
            if (k >= 0) times[k] = t[0];
        }
        int gates = window.model().analysis().graph().gateCount();
        assertTrue(gates >= 190 && gates <= 210, "about 200 gates: " + gates);
        long median = median(times);
        Timing.log("edit of " + gates + " gates: run, laid out and painted on the FX thread, median of 20 after 20 to warm up", median);
    }

    @Test
    void repaintOf1000Gates(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setProgram(Networks.twoLayer(8, 58, 3)));
        WaitForAsyncUtils.waitForFxEvents();
        int gates = window.model().analysis().graph().gateCount();
        long[] times = new long[20];
        for (int k = 0; k < times.length; k++) {
            long[] t = new long[1];
            robot.interact(() -> {
                long t0 = System.nanoTime();
                window.canvas().paintNow();
                t[0] = System.nanoTime() - t0;
            });
            times[k] = t[0];
        }
        long median = median(times);
        Timing.log("repaint (pan) of " + gates + " gates, median of 20", median);
        assertTrue(gates >= 950, "about 1,000 gates: " + gates);
    }

    private static long median(long[] t) {
        long[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
