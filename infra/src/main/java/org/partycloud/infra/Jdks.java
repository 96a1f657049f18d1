package org.partycloud.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the newest JDK (17 at least) on the machine, so services get virtual threads where 21+ is there. */
final class Jdks {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private Jdks() {
    }

    record Jdk(Path home, int feature) {
        Path java() {
            return home.resolve("bin/java");
        }
    }

    static Jdk newest() {
        List<Path> homes = new ArrayList<>();
        Optional.ofNullable(System.getenv("PARTYCLOUD_JAVA_HOME")).map(Path::of).ifPresent(homes::add);
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(homes::add);
        homes.add(Path.of(System.getProperty("java.home")));
        for (String root : List.of("/usr/lib/jvm", "/opt/java", "/opt")) {
            try (Stream<Path> children = Files.list(Path.of(root))) {
                children.forEach(homes::add);
            } catch (IOException ignored) {
                // no such folder on this machine
            }
        }
        if (System.getenv("PARTYCLOUD_JAVA_HOME") != null) {
            return describe(homes.get(0)).orElseThrow(() -> new IllegalStateException(
                    "PARTYCLOUD_JAVA_HOME is not a JDK: " + homes.get(0)));
        }
        return homes.stream().map(Jdks::describe).flatMap(Optional::stream).filter(j -> j.feature() >= 17)
                .max(Comparator.comparingInt(Jdk::feature))
                .orElseThrow(() -> new IllegalStateException("No JDK 17 or newer found"));
    }

    private static Optional<Jdk> describe(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher m = VERSION.matcher(Files.readString(release));
            return m.find() ? Optional.of(new Jdk(home.toRealPath(), Integer.parseInt(m.group(1)))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
