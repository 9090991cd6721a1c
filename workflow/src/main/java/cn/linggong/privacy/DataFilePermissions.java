package cn.linggong.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The embedded database and the generated key file hold personal data and the keys to it: at start,
 * the database's files ({@code <name>.mv.db}, its trace and lock files) and the key file are made
 * readable and writable by their owner only (rw-------), whatever the umask made them; the folder
 * the key file was generated into is the owner's only (rwx------). Nothing to do for a database on
 * a server (MySQL) or on a file system without POSIX permissions.
 */
@Component
class DataFilePermissions implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DataFilePermissions.class);
  private static final String H2_FILE = "jdbc:h2:file:";

  private final String url;
  private final String keyFile;

  DataFilePermissions(
      @Value("${spring.datasource.url:}") String url,
      @Value("${linggong.privacy.key-file:./data/linggong-keys.properties}") String keyFile) {
    this.url = url;
    this.keyFile = keyFile;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (url.startsWith(H2_FILE)) {
      String path = url.substring(H2_FILE.length());
      int options = path.indexOf(';');
      Path database = Path.of(options < 0 ? path : path.substring(0, options)).toAbsolutePath();
      Path dir = database.getParent();
      String name = database.getFileName().toString() + ".";
      if (dir != null && Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files
              .filter(f -> f.getFileName().toString().startsWith(name) && Files.isRegularFile(f))
              .forEach(DataFilePermissions::ownerOnlyFile);
        } catch (IOException e) {
          log.warn("Cannot restrict the permissions of the database files in {}: {}", dir, e);
        }
      }
    }
    Path keys = Path.of(keyFile).toAbsolutePath();
    if (Files.isRegularFile(keys)) {
      ownerOnlyFile(keys);
    }
  }

  /** A folder only its owner may enter. */
  static void ownerOnly(Path dir) {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException | UnsupportedOperationException e) {
      log.warn("Cannot restrict the permissions of {}: {}", dir, e.toString());
    }
  }

  private static void ownerOnlyFile(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException | UnsupportedOperationException e) {
      log.warn("Cannot restrict the permissions of {}: {}", file, e.toString());
    }
  }
}
