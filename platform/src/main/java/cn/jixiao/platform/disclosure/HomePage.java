package cn.jixiao.platform.disclosure;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.jixiao.platform.web.WebPage;

/** {@code /app}: the district's disclosures. */
@Controller
@WebPage
class HomePage {

    private final DisclosureIndex index;

    HomePage(DisclosureIndex index) {
        this.index = index;
    }

    @GetMapping("/app")
    String home(Model model) {
        model.addAttribute("disclosures", index.all());
        return "app/home";
    }
}
