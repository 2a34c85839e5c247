package com.eumsocial.whatsapp.benchmarks;

final class BulkDeployBenchmark {
    Report run() {
        return new Report("BulkDeployBenchmark (not written yet)");
    }
}
