package cn.linggong.engine;

import org.springframework.boot.test.context.SpringBootTest;

/** Tenant isolation on the embedded H2 default. */
@SpringBootTest
class TenantIsolationTest extends TenantIsolationContract {}
