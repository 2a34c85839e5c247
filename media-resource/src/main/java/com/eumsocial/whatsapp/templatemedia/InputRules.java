package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.ArrayList;
import java.util.List;

/** The checks a TemplateMedia's properties must pass before the upload: all problems at once, each naming its property. */
final class InputRules {
    private InputRules() {
    }

    /** The WABA to call the service with; throws InvalidRequest listing every problem. */
    static WabaReference validate(ResourceModel model) {
        if (model == null) {
            throw HandlerFailure.invalidRequest("The request carries no TemplateMedia properties");
        }
        List<String> problems = new ArrayList<>();
        WabaReference waba = WabaReference.parse(model.getWabaId(), "WabaId", problems);
        problems.addAll(MediaSource.problems(model.getSourceS3Bucket(), model.getSourceS3Key()));
        if (!problems.isEmpty()) {
            throw HandlerFailure.invalidRequest(String.join("; ", problems));
        }
        return waba;
    }
}
