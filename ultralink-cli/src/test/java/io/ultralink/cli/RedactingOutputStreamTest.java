package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.cli.internal.RedactingOutputStream;
import io.ultralink.redact.Redactor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactingOutputStreamTest {

    @Test
    void printStream_secretWrittenInPieces_isRedactedPerLine() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RedactingOutputStream.Printer out = RedactingOutputStream.printStream(sink, Redactor.of(List.of("sk-0123456789")));

        out.print("calling https://u:pw@host/v1?api_key=abc with sk-01");
        out.print("23456789");
        out.print("\rprogress 50%\r");
        out.println("Authorization: Bearer xyz");
        out.print("unfinished sk-0123");
        out.flush();
        out.print("456789");
        out.drain();

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("calling https://***@host/v1?api_key=*** with ***"
                + "\rprogress 50%\rAuthorization: Bearer ***" + System.lineSeparator() + "unfinished ***");
    }
}
