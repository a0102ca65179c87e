package io.ultralink.llm.contract;

import io.ultralink.llm.ChatModel;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link ChatModelContractTest} for HTTP backends: starts a loopback {@link MockWebServer} before
 * the model is created and stops it after each test.
 */
public abstract class HttpChatModelContractTest extends ChatModelContractTest {

    /** The server the model under test talks to. */
    protected MockWebServer server;

    /** Creates the model talking to {@code server}. */
    protected abstract ChatModel createModel(MockWebServer server) throws Exception;

    @Override
    protected final ChatModel createModel() throws Exception {
        server = new MockWebServer();
        server.start();
        return createModel(server);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
