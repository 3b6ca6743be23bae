package cn.jixiao.platform.users;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: the district's users, for its admins (scope users.manage). */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    /** A created user or a new link: the link is in this response only. */
    record LinkResponse(String username, String setupLink, String expiresAt) {

        static LinkResponse of(SetupLink link) {
            return new LinkResponse(link.username(), link.url(), link.expiresAt().toString());
        }
    }

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    List<UserView> list() {
        return users.list();
    }

    @PostMapping
    ResponseEntity<LinkResponse> create(@RequestBody NewUser user) {
        LinkResponse created = LinkResponse.of(users.create(user));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @PostMapping("/{username}/setup-link")
    LinkResponse setupLink(@PathVariable String username) {
        return LinkResponse.of(users.issueSetupLink(username));
    }

    @PostMapping("/{username}/disable")
    ResponseEntity<Void> disable(@PathVariable String username) {
        users.disable(username);
        return ResponseEntity.noContent().build();
    }
}
