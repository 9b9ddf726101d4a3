package org.chainrule.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from launching {@code java -jar target/chainrule.jar} to the window's first frame, over several
 * launches, without and (with {@code --cds}) with an application class-data sharing archive. Needs a
 * display (Xvfb will do):
 * <pre>
 * mvn -q -B -DskipTests package test-compile
 * DISPLAY=:99 java -cp target/test-classes org.chainrule.bench.StartupBench 8 --cds
 * </pre>
 * The app reports the first frame itself ({@code -Dchainrule.timing=true}, measured from the launch
 * time passed in {@code -Dchainrule.launchedAt}) and closes ({@code -Dchainrule.exitAfterFirstFrame=true}).
 */
public final class StartupBench {

    private static final Pattern FIRST_FRAME = Pattern.compile("first frame (\\d+) ms after launch");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        boolean cds = List.of(args).contains("--cds");
        Path jar = Path.of("target", "chainrule.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the jar first: mvn -q -B -DskipTests package");
        report("java -jar (fast start: a second JVM with the archive in ~/.chainrule/cds)", measure(jar, runs, List.of("FAST")));
        report("plain, in one JVM", measure(jar, runs, List.of()));
        if (cds) {
            Path archive = Path.of("target", "chainrule.jsa");
            Files.deleteIfExists(archive);
            launch(jar, List.of("-XX:ArchiveClassesAtExit=" + archive));
            report("with -XX:SharedArchiveFile=" + archive, measure(jar, runs, List.of("-XX:SharedArchiveFile=" + archive)));
        }
    }

    private static List<Long> measure(Path jar, int runs, List<String> jvm) throws Exception {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long ms = launch(jar, jvm);
            if (ms >= 0) out.add(ms);
        }
        return out;
    }

    /** One launch; returns the first-frame time the app reported, or -1. */
    private static long launch(Path jar, List<String> jvm) throws IOException, InterruptedException {
        boolean fast = jvm.contains("FAST");
        List<String> cmd = new ArrayList<>(List.of("java"));
        if (!fast) cmd.addAll(jvm);
        cmd.addAll(List.of("-Dchainrule.timing=true", "-Dchainrule.exitAfterFirstFrame=true",
                "-Dchainrule.launchedAt=" + System.currentTimeMillis(), "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (!fast) pb.environment().put("CHAINRULE_NO_CDS", "1");
        Process p = pb.start();
        long found = -1;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                Matcher m = FIRST_FRAME.matcher(line);
                if (m.find()) found = Long.parseLong(m.group(1));
            }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return found;
    }

    private static void report(String what, List<Long> ms) {
        if (ms.isEmpty()) {
            System.out.println(what + ": no first frame reported (is there a display?)");
            return;
        }
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        System.out.printf("%s: first frame after launch, %d runs: min %d ms, median %d ms, max %d ms%n",
                what, s.size(), s.get(0), s.get(s.size() / 2), s.get(s.size() - 1));
    }
}
