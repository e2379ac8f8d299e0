package org.rampart;

import org.rampart.platform.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Start Rampart: the server by default, or one of the command-line tools in the same jar.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class RampartApplication {

    public static void main(String[] args) {
        int code = Launcher.run(RampartApplication.class, args);
        if (!Launcher.serving()) {
            System.exit(code);
        }
    }
}
