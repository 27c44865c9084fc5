package de.globallokal.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resident memory of the local run's processes, read from /proc. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Name → resident set in MiB, for every process listed in {@code run.pids}. */
    static Map<String, Double> residentMiB(Path runPids) throws IOException {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(runPids)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                result.put(parts[1], rssOf(parts[0]));
            }
        }
        return result;
    }

    /**
     * Name → CPU time used so far in milliseconds (user + system), for every process in
     * {@code run.pids}.
     */
    static Map<String, Double> cpuMillis(Path runPids) throws IOException {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(runPids)) {
            String[] parts = line.trim().split("\\s+");
            Path stat = Path.of("/proc", parts[0], "stat");
            if (parts.length == 2 && Files.exists(stat)) {
                String content = Files.readString(stat);
                String[] fields = content.substring(content.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 of /proc/pid/stat (utime, stime), counted after the
                // command name
                result.put(parts[1], (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0);
            }
        }
        result.put("bench (load generator)",
                ((OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e6);
        return result;
    }

    private static double rssOf(String pid) throws IOException {
        Path status = Path.of("/proc", pid, "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        List<String> lines = Files.readAllLines(status);
        for (String line : lines) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

}
