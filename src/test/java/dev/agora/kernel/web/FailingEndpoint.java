package dev.agora.kernel.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** Test-only endpoints that fail on purpose (component-scanned from src/test into the cached context). */
@ApiController("/api/v1/test-failures")
class FailingEndpoint {

    @PostMapping("/boom")
    void boom() {
        throw new IllegalStateException("internal secret: db password is hunter2");
    }

    @PostMapping("/upload")
    String upload(@RequestPart("file") MultipartFile file) {
        return String.valueOf(file.getSize());
    }
}
