package dev.agora.kernel.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The friendly 413 page that {@link UploadSizeFilter} forwards oversized uploads to. */
@Controller
class UploadTooLargeController {

    @RequestMapping(UploadSizeFilter.TOO_LARGE_PAGE)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String uploadTooLarge(Model model) {
        model.addAttribute("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        return "error";
    }
}
