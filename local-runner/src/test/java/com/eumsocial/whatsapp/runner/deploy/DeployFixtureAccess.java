package com.eumsocial.whatsapp.runner.deploy;

import java.nio.file.Path;

/** Lets tests of other packages copy the fixtures. */
public final class DeployFixtureAccess {
    private DeployFixtureAccess() {
    }

    public static void copyFixtures(Path to) {
        DeployFixture.copy(Path.of("src", "test", "resources", "fixtures"), to);
    }
}
