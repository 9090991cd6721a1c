package cn.linggong.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against MariaDB; skipped with the reason when it is absent, unless CI
 * requires it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("mariadb")
@ExtendWith(MariaDb.class)
public @interface EnabledWithMariaDb {}
