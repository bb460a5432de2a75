package org.uep.api.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.Notifications;

/** 消息提醒 My notifications: new tasks for me or my groups, tasks assigned, delegated or sent back to me. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications 消息提醒")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "My latest notifications (100), unread first")
    List<Notifications.Notification> list(Caller caller) {
        return notifications.of(caller);
    }

    @GetMapping("/unread")
    @Operation(summary = "How many of my notifications are unread (the badge)")
    Map<String, Long> unread(Caller caller) {
        return Map.of("unread", notifications.unread(caller));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    ResponseEntity<Void> read(@PathVariable long id, Caller caller) {
        notifications.read(id, caller);
        return ResponseEntity.noContent().build();
    }
}
