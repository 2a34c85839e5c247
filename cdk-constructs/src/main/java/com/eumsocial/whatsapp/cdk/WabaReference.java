package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.WabaIds;

/**
 * The WABA a props object names: an imported account, an id or an ARN (exactly one). The
 * resource types accept an id or an ARN in {@code WabaId}, so the value is passed on as given.
 */
final class WabaReference {
    private final IWhatsAppBusinessAccount account;
    private final String wabaId;
    private final String wabaArn;

    private WabaReference(IWhatsAppBusinessAccount account, String wabaId, String wabaArn) {
        this.account = account;
        this.wabaId = wabaId;
        this.wabaArn = wabaArn;
    }

    /** @param propsName names the props in messages; computed only for a message (it costs a jsii call) */
    static WabaReference of(IWhatsAppBusinessAccount account, String wabaId, String wabaArn,
            java.util.function.Supplier<String> propsName) {
        int given = (account != null ? 1 : 0) + (wabaId != null ? 1 : 0) + (wabaArn != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException(propsName.get() + ": give exactly one of waba, wabaId or wabaArn ("
                    + (given == 0 ? "none" : given) + " given)");
        }
        if (wabaId != null && !Tokens.isToken(wabaId) && !WabaIds.isId(wabaId)) {
            throw new IllegalArgumentException(propsName.get() + ": " + WabaIds.notAnId("wabaId", wabaId));
        }
        if (wabaArn != null && !Tokens.isToken(wabaArn) && !WabaIds.isArn(wabaArn)) {
            throw new IllegalArgumentException(propsName.get() + ": " + WabaIds.notAnArn("wabaArn", wabaArn));
        }
        return new WabaReference(account, wabaId, wabaArn);
    }

    /** Whether the value passed on is a literal ARN (an id or a token otherwise). */
    boolean isArn() {
        String value = propertyValue();
        return !Tokens.isToken(value) && value.startsWith("arn:");
    }

    /** The value for the resource types' {@code WabaId} property. */
    String propertyValue() {
        if (account != null) {
            return account.getWabaId();
        }
        return wabaId != null ? wabaId : wabaArn;
    }
}
