package com.eumsocial.whatsapp.definition.model;

/**
 * FLOW button: opens a WhatsApp Flow given by exactly one of {@code flow_id}, {@code flow_name}
 * or {@code flow_json}. {@code flow_action} is {@code navigate} (default) or {@code data_exchange}.
 */
public record FlowButton(String text, String flowId, String flowName, String flowJson, String flowAction,
                         String navigateScreen, ExtraFields extra) implements Button {
    public FlowButton {
        extra = Lists.orNone(extra);
    }

    @Override
    public ButtonType type() {
        return ButtonType.FLOW;
    }
}
