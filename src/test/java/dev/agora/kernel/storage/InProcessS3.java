package dev.agora.kernel.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal S3 endpoint in the test JVM (path-style PUT, GET, HEAD, DELETE of objects), enough for the AWS SDK
 * v2 calls {@link S3BlobStorage} makes. The S3 test servers on Maven Central did not fit: s3mock is a Spring
 * Boot 3 application and s3proxy brings Jetty 11, jclouds, the AWS SDK v1, Azure and Netty onto the class path.
 */
public final class InProcessS3 implements AutoCloseable {

    public record StoredObject(byte[] content, String contentType) {}

    private final HttpServer server;
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();

    public InProcessS3() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Map<String, StoredObject> objects() {
        return objects;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
                    if (sha != null && sha.startsWith("STREAMING-")) {
                        body = decodeAwsChunked(body);
                    }
                    String type = exchange.getRequestHeaders().getFirst("Content-Type");
                    objects.put(path, new StoredObject(body, type == null ? "binary/octet-stream" : type));
                    exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    StoredObject object = objects.get(path);
                    if (object == null) {
                        byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                                + "<Message>The specified key does not exist.</Message><Key>" + path + "</Key></Error>")
                                .getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/xml");
                        exchange.sendResponseHeaders(404, exchange.getRequestMethod().equals("HEAD") ? -1 : error.length);
                        if (!exchange.getRequestMethod().equals("HEAD")) {
                            exchange.getResponseBody().write(error);
                        }
                        return;
                    }
                    exchange.getResponseHeaders().add("Content-Type", object.contentType());
                    exchange.sendResponseHeaders(200, exchange.getRequestMethod().equals("HEAD") ? -1 : object.content().length);
                    if (!exchange.getRequestMethod().equals("HEAD")) {
                        exchange.getResponseBody().write(object.content());
                    }
                }
                case "DELETE" -> {
                    objects.remove(path);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    /** The SDK signs each chunk over plain HTTP: "size-hex;chunk-signature=...\r\n" data "\r\n", ending with size 0. */
    static byte[] decodeAwsChunked(byte[] body) {
        var out = new java.io.ByteArrayOutputStream();
        int position = 0;
        while (position < body.length) {
            int lineEnd = position;
            while (body[lineEnd] != '\r') {
                lineEnd++;
            }
            String header = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0], 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
