package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.uep.domain.access.RoleModel;

/** README's role table is the policy's own data: this test fails (printing the table to paste) when they differ. */
class ReadmeRoleModelTest {

    @Test
    void theReadmeCarriesTheRoleModelThePolicyUses() throws Exception {
        Path readme = Path.of("README.md");
        if (!Files.exists(readme)) {
            readme = Path.of("..", "README.md");
        }
        String table = RoleModel.markdown();
        assertThat(Files.readString(readme))
                .as("README.md must contain the role table generated from the access policy:%n%s", table)
                .contains(table);
    }
}
