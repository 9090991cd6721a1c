package cn.linggong.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's files and the key file are the owner's only; other files stay. */
class DataFilePermissionsTest {

  @TempDir Path dir;

  @Test
  void theDatabaseAndKeyFilesBecomeOwnerOnlyAndNothingElseIsTouched() throws Exception {
    var open = PosixFilePermissions.fromString("rw-r--r--");
    Path database = Files.createFile(dir.resolve("linggong.mv.db"));
    Path trace = Files.createFile(dir.resolve("linggong.trace.db"));
    Path keys = Files.createFile(dir.resolve("keys.properties"));
    Path other = Files.createFile(dir.resolve("notes.txt"));
    for (Path f : new Path[] {database, trace, keys, other}) {
      Files.setPosixFilePermissions(f, open);
    }

    new DataFilePermissions(
            "jdbc:h2:file:" + dir.resolve("linggong") + ";MODE=MySQL;WRITE_DELAY=0",
            keys.toString())
        .run(null);

    var ownerOnly = PosixFilePermissions.fromString("rw-------");
    assertThat(Files.getPosixFilePermissions(database)).isEqualTo(ownerOnly);
    assertThat(Files.getPosixFilePermissions(trace)).isEqualTo(ownerOnly);
    assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(ownerOnly);
    assertThat(Files.getPosixFilePermissions(other)).as("not ours").isEqualTo(open);
  }
}
