package cn.linggong.audit;

import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:audit;MODE=MySQL;DB_CLOSE_DELAY=-1")
class AuditMapperTest extends AuditMapperContract {}
