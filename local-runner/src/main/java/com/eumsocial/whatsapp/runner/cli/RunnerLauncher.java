package com.eumsocial.whatsapp.runner.cli;

/** {@code java -jar local-runner-all.jar ...}: runs {@link RunnerCommand} and exits with its code. */
public final class RunnerLauncher {
    private RunnerLauncher() {
    }

    public static void main(String[] args) {
        int exit = RunnerCommand.run(args, System.out, System.err);
        System.out.flush();
        System.exit(exit);
    }
}
