package com.eumsocial.whatsapp.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: they mean little without it on a shared machine. */
final class Machine {
    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String memory() {
        String total = procField("/proc/meminfo", "MemTotal:");
        if (total == null) {
            return "unknown";
        }
        long kib = Long.parseLong(total.replaceAll("[^0-9]", ""));
        return Report.f("%.1f GiB", kib / 1024.0 / 1024.0);
    }

    /** The 1, 5 and 15 minute load averages, e.g. "3.10 5.02 6.40". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String cpuModel() {
        String model = procField("/proc/cpuinfo", "model name");
        return model == null ? "unknown" : model.substring(model.indexOf(':') + 1).trim();
    }

    static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    private static String procField(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
