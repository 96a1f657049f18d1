package org.partycloud.platform.testsupport;

/** Asks Testcontainers whether a Docker engine answers, without failing when Testcontainers is absent. */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean dockerAvailable() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
            return ContainerServer.dockerAvailable();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
