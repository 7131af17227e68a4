package nl.gesprekswijzer.engine.publish;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when a folder has changed and then been left alone for a quiet period: every folder in it
 * is watched, new ones too, and a burst of changes (an editor's save, a copy, a checkout) becomes
 * one call, made on a publishing thread of its own, never two at once.
 *
 * <p>The JDK's {@link WatchService} reports a change on Linux at once (inotify). Folders and files
 * whose names start with a dot are left out, as the rule set leaves them out: an editor's swap
 * files, a {@code .git} folder. A folder that is deleted and made again (the whole rules folder
 * replaced by a copy) is watched again once it is back.
 */
final class RulesFolderWatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);
  /** How often to look whether a vanished rules folder is back. */
  private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

  private final Path root;
  private final Duration quietPeriod;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final ScheduledExecutorService publisher =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "rules-publisher");
            thread.setDaemon(true);
            return thread;
          });
  private @Nullable WatchService watchService;
  private volatile boolean watching;
  private @Nullable Future<?> pending;
  private @Nullable Runnable onChange;

  RulesFolderWatcher(Path root, Duration quietPeriod) {
    this.root = root;
    this.quietPeriod = quietPeriod;
  }

  /** Begins to record changes; {@link #start} begins to act on them, those since included. */
  synchronized void watch() throws IOException {
    if (watchService == null) {
      watchService = root.getFileSystem().newWatchService();
    }
    register(root);
    watching = true;
  }

  /** Calls {@code onChange} after each burst of changes, on the publishing thread. */
  synchronized void start(Runnable onChange) {
    if (this.onChange != null || watchService == null) {
      return;
    }
    this.onChange = onChange;
    WatchService service = watchService;
    Thread thread = new Thread(() -> takeEvents(service), "rules-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether changes are being watched for: false while the folder is gone, or once closed. */
  boolean watching() {
    return watching;
  }

  private void takeEvents(WatchService service) {
    while (true) {
      WatchKey key;
      try {
        key = service.take();
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      }
      Path folder = folders.get(key);
      boolean changed = false;
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == OVERFLOW) {
          // Events were lost: look at everything again.
          changed = true;
          registerQuietly(root);
        } else if (folder != null && event.context() instanceof Path name && !name.toString().startsWith(".")) {
          changed = true;
          Path child = folder.resolve(name);
          if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            registerQuietly(child); // its files may be written before it is watched: the check reads them
          }
        }
      }
      if (!key.reset()) {
        folders.remove(key);
        if (root.equals(folder)) {
          watching = false;
          log.warn("Rules folder {} is gone; the rule set in service stays until it is back", root);
          lookAgainLater();
        }
      }
      if (changed) {
        afterQuietPeriod();
      }
    }
  }

  /** (Re)starts the quiet period: the call comes once no change has come for that long. */
  private synchronized void afterQuietPeriod() {
    if (publisher.isShutdown()) {
      return; // closed while the last events came in
    }
    if (pending != null) {
      pending.cancel(false); // a call already running finishes; the next one follows it
    }
    pending = publisher.schedule(this::changed, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void changed() {
    Runnable call = onChange;
    if (call == null) {
      return;
    }
    try {
      call.run();
    } catch (RuntimeException | LinkageError e) {
      // The publishing thread must survive whatever a rule set does to the compiler.
      log.error("Rules folder {}: checking a change failed; the rule set in service stays", root, e);
    }
  }

  private void watchAgainWhenBack() {
    if (Files.isDirectory(root)) {
      try {
        register(root);
        watching = true;
        log.info("Rules folder {} is back; watching it again", root);
        afterQuietPeriod();
        return;
      } catch (IOException | UncheckedIOException e) {
        log.debug("Rules folder {} not ready to watch yet", root, e);
      }
    }
    lookAgainLater();
  }

  private synchronized void lookAgainLater() {
    if (!publisher.isShutdown()) {
      publisher.schedule(this::watchAgainWhenBack, LOOK_AGAIN.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void registerQuietly(Path folder) {
    try {
      register(folder);
    } catch (IOException | UncheckedIOException e) {
      // Deleted again before it could be watched: the check that follows reads what is there.
      log.debug("Cannot watch {}", folder, e);
    }
  }

  /** Watches the folder and every folder in it, except those whose names start with a dot. */
  private void register(Path start) throws IOException {
    WatchService service = watchService;
    if (service == null) {
      return;
    }
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // deleted while walking
          }
        });
  }

  @Override
  public synchronized void close() {
    watching = false;
    publisher.shutdownNow();
    if (watchService != null) {
      try {
        watchService.close();
      } catch (IOException e) {
        log.debug("Closing the watch service of {}", root, e);
      }
    }
  }
}
