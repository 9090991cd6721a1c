package cn.linggong.identity;

import cn.linggong.testsupport.EnabledWithMariaDb;
import cn.linggong.testsupport.MariaDb;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The login-failure mapper on MariaDB through MySQL Connector/J, migrated by Flyway. */
@EnabledWithMariaDb
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class LoginFailureMapperMariaDbIT extends LoginFailureMapperContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MariaDb.register(registry);
  }
}
