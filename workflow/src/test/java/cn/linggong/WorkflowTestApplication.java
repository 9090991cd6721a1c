package cn.linggong;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Boots the workflow module alone for its tests (the ui module holds the real application). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkflowTestApplication {}
