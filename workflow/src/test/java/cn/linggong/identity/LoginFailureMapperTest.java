package cn.linggong.identity;

import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/** The login-failure mapper on H2 in MySQL mode, the embedded default, migrated by Flyway. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:login-failure;MODE=MySQL;DB_CLOSE_DELAY=-1")
class LoginFailureMapperTest extends LoginFailureMapperContract {}
