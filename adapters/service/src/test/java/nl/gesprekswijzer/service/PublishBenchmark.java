package nl.gesprekswijzer.service;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import nl.gesprekswijzer.engine.TemporaryFolders;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import nl.gesprekswijzer.spi.AdviceEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time from a saved change to the new version serving, on the default rules in a folder: the
 * service runs in this JVM on an exported copy, a change is written as a policy officer saves it,
 * and the advice endpoint is asked every 10 ms until it answers with the new version. Prints the
 * figures of five runs of each kind of change; a benchmark, not a test:
 *
 * <pre>mvn -B -q -pl adapters/service -am -Ppublish-benchmark -DskipTests verify</pre>
 *
 * The check part (compiling, or reusing the rule base, and running every scenario) is what the
 * service measured itself; the rest is the quiet period ({@code gesprekswijzer.rules.quiet-period},
 * 500 ms), the file system's notice and the swap.
 */
final class PublishBenchmark {

  private static final int RUNS = 5;

  public static void main(String[] args) throws Exception {
    Path rules = ExportedRules.export(TemporaryFolders.deletedAtExit("gesprekswijzer-publish-benchmark"));
    long launched = System.nanoTime();
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(GesprekswijzerApplication.class)
            .run(
                "--gesprekswijzer.rules.dir=" + rules,
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--logging.level.root=warn")) {
      System.out.printf(
          "Service on %s (the default rules, exported) ready in %d ms, %d processors%n",
          rules, (System.nanoTime() - launched) / 1_000_000, Runtime.getRuntime().availableProcessors());
      ServiceClient calls =
          new ServiceClient(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
      PublishedRules published = service.getBean(TenantRuleSets.class).of(AdviceEvent.DEFAULT_TENANT);
      long heapBefore = heapAfterGc();

      // One of each first, unmeasured: the first swaps of a JVM also warm it up.
      int[] weeks = {ExportedRules.careerWeeks(rules)};
      IntConsumer parameter =
          run -> ExportedRules.changeCareerWeeks(rules, weeks[0] = weeks[0] == 26 ? 24 : 26);
      IntConsumer ruleFile =
          run ->
              ExportedRules.edit(
                  rules.resolve("rules/care/long-care.drl"),
                  text -> text + "// benchmark run " + System.nanoTime() + "\n");
      measure("warm-up", parameter, calls, published, 1);
      measure("warm-up", ruleFile, calls, published, 1);

      measure("a parameter changed (rule base reused, scenarios run)", parameter, calls, published, RUNS);
      measure("a rule file changed (rules compiled, scenarios run)", ruleFile, calls, published, RUNS);

      long heapAfterWarmUp = heapAfterGc();
      // Each swap leaves the rule set it replaced to the garbage collector: the heap must not grow.
      measure("a rule file changed again", ruleFile, calls, published, RUNS);
      System.out.printf(
          "Heap after GC: %d MiB after start-up (rule base precompiled), %d MiB after the first %d swaps,"
              + " %d MiB after %d swaps%n",
          heapBefore >> 20, heapAfterWarmUp >> 20, RUNS * 2 + 2, heapAfterGc() >> 20, RUNS * 3 + 2);
    }
  }

  private static void measure(
      String what, IntConsumer change, ServiceClient calls, PublishedRules published, int runs)
      throws InterruptedException {
    List<Long> total = new ArrayList<>();
    List<Long> check = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      String before = calls.advice(ServiceClient.CAREER).path("rulesetVersion").asString();
      change.accept(run);
      long saved = System.nanoTime();
      while (calls.advice(ServiceClient.CAREER).path("rulesetVersion").asString().equals(before)) {
        if (System.nanoTime() - saved > 600_000_000_000L) {
          throw new IllegalStateException("no new version after 10 minutes: " + published.status());
        }
        Thread.sleep(10);
      }
      total.add((System.nanoTime() - saved) / 1_000_000);
      check.add(published.current().checkTime().toMillis());
    }
    if (runs == 1) {
      System.out.printf("%-55s saved to serving %6d ms (check %d ms)%n", what, total.get(0), check.get(0));
      return;
    }
    System.out.printf(
        "%-55s saved to serving: min %6d  median %6d  max %6d ms; of which check: min %6d  median %6d  max %6d ms%n",
        what, min(total), median(total), max(total), min(check), median(check), max(check));
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long min(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  private static long max(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }
}
