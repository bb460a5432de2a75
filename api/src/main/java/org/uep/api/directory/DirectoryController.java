package org.uep.api.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.organisation.Directory;

/** 组织人员同步 Directory: administrators pull the organisation and its people from Keycloak now. */
@RestController
@RequestMapping("/api/admin/directory")
@Tag(name = "Administration 系统管理")
class DirectoryController {

    private final DirectorySynchroniser synchroniser;
    private final AccessPolicy policy;

    DirectoryController(DirectorySynchroniser synchroniser, AccessPolicy policy) {
        this.synchroniser = synchroniser;
        this.policy = policy;
    }

    @PostMapping("/sync")
    @Operation(summary = "Synchronise units and people from Keycloak now (system or security administrator; audited)")
    Directory.SyncReport sync(Caller caller) {
        policy.requireAnyRole(caller, AccessPolicy.DIRECTORY_ADMIN_ROLES, "synchronise the directory");
        return synchroniser.synchronise(caller.username());
    }
}
