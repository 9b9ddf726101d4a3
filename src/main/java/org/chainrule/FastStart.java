package org.chainrule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the window from the jar in a second JVM that uses an application class-data sharing archive
 * (JDK 17 cannot take the archive from the jar itself). The first start records the archive when the
 * window closes (in {@code ~/.chainrule/cds/}, named after the jar's size and date, so a new jar gets a
 * new archive); later starts map it, which brings the first frame from about 1.9 s to about 1.3 s here.
 * Whenever this is not possible (not run from a jar, no java executable, {@code CHAINRULE_NO_CDS} set,
 * the process cannot start), the caller opens the window in this JVM instead.
 */
final class FastStart {

    static final String CHILD = "chainrule.child";

    private FastStart() {}

    /** Runs the window in a child JVM and returns its exit code, or empty when the caller should start it itself. */
    static Optional<Integer> run(String[] args) {
        if (System.getProperty(CHILD) != null || System.getenv("CHAINRULE_NO_CDS") != null) return Optional.empty();
        try {
            Path jar = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) return Optional.empty();
            Optional<String> java = ProcessHandle.current().info().command();
            if (java.isEmpty()) return Optional.empty();
            Path dir = Path.of(System.getProperty("user.home"), ".chainrule", "cds");
            Files.createDirectories(dir);
            Path archive = dir.resolve("chainrule-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
            List<String> cmd = new ArrayList<>();
            cmd.add(java.get());
            cmd.addAll(jvmOptions());
            cmd.add("-Xshare:auto");
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
            boolean record = !Files.isRegularFile(archive);
            // the first start records into a file of its own, moved into place whole when the window has closed
            Path recording = dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            cmd.add(record ? "-XX:ArchiveClassesAtExit=" + recording : "-XX:SharedArchiveFile=" + archive);
            cmd.add("-D" + CHILD + "=true");
            cmd.add("-cp");
            cmd.add(jar.toString());
            cmd.add(Launcher.class.getName());
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            int code = p.waitFor();
            if (record && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                try (var old = Files.newDirectoryStream(dir, "chainrule-*.jsa")) {
                    for (Path f : old) if (!f.equals(archive)) Files.deleteIfExists(f); // archives of older jars
                }
            }
            Files.deleteIfExists(recording);
            return Optional.of(code);
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /** This JVM's -D and -X options (what the user put before -jar), without loading java.management. */
    private static List<String> jvmOptions() {
        List<String> out = new ArrayList<>();
        for (String a : ProcessHandle.current().info().arguments().orElse(new String[0])) {
            if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || !a.startsWith("-")) break;
            if (a.startsWith("-D") || a.startsWith("-X")) out.add(a);
        }
        return out;
    }

}
