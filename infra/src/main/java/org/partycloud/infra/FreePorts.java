package org.partycloud.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A free TCP port on this machine, for platforms started beside another (tests). */
final class FreePorts {

    private FreePorts() {
    }

    static int find() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
