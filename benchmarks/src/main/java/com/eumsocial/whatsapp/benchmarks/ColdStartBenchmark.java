package com.eumsocial.whatsapp.benchmarks;

final class ColdStartBenchmark {
    Report run() {
        return new Report("ColdStartBenchmark (not written yet)");
    }
}
