package com.eumsocial.whatsapp.benchmarks;

final class ListScaleBenchmark {
    Report run() {
        return new Report("ListScaleBenchmark (not written yet)");
    }
}
