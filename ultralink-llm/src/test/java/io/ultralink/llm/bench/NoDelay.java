package io.ultralink.llm.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/** Server sockets whose accepted connections have TCP_NODELAY set. */
final class NoDelay extends ServerSocketFactory {

    private NoDelay() {
    }

    static ServerSocketFactory server() {
        return new NoDelay();
    }

    private static ServerSocket make() throws IOException {
        return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket s = new Socket();
                implAccept(s);
                s.setTcpNoDelay(true);
                return s;
            }
        };
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return make();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return createServerSocket(port, 50, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return createServerSocket(port, backlog, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket s = make();
        s.bind(new InetSocketAddress(address, port), backlog);
        return s;
    }
}
