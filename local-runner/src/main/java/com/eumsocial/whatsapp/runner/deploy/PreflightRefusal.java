package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.plan.Plan;

/** The plan breaks Meta's lifecycle rules: nothing was sent. Bad input, as far as the command line is concerned (exit 2). */
public final class PreflightRefusal extends TemplateLoadException {
    private static final long serialVersionUID = 1L;
    private final transient Plan plan;

    public PreflightRefusal(Plan plan) {
        super(plan.refusal());
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }
}
