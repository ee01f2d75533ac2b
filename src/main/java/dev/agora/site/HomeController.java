package dev.agora.site;

import dev.agora.identity.IdentityManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final IdentityManagement identity;

    HomeController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("members", identity.recentMembers(8));
        return "home";
    }
}
