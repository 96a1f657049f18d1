package org.partycloud.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** One service run from its runnable jar, with its output in a log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final String name;
    private final Path jar;
    private final Path java;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, Path java, int port, Map<String, String> environment, List<String> jvmOptions,
            Path log) {
        this.name = name;
        this.jar = jar;
        this.java = java;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = log;
    }

    String name() {
        return name;
    }

    /** The process id while it runs, else 0. */
    synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : 0;
    }

    /** The exit code of a process that ended on its own (not by {@link #stop()} or {@link #kill()}). */
    synchronized OptionalInt exitCode() {
        return process != null && !process.isAlive() ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PARTYCLOUD_PORT", Integer.toString(port));
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the service answers ready, or fails with the end of its log. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up:\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail());
    }

    /** Stops the service gracefully, then forcibly after 15 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the service at once (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) the process: it keeps its port but answers nothing. */
    public synchronized void signal(String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String tail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
