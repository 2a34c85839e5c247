package com.eumsocial.whatsapp.runner.cli;

import java.io.Console;

/** Asks a person to confirm a destructive command; without a terminal there is nobody to ask. */
interface Confirmation {
    boolean interactive();

    /** Shows the question; true only for an explicit "yes" (or "y"). */
    boolean confirm(String question);

    static Confirmation terminal() {
        return new Confirmation() {
            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public boolean confirm(String question) {
                Console console = System.console();
                String answer = console == null ? null : console.readLine("%s", question);
                return answer != null && (answer.trim().equalsIgnoreCase("yes") || answer.trim().equalsIgnoreCase("y"));
            }
        };
    }
}
