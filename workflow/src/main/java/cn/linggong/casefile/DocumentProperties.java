package cn.linggong.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Letters and records ({@code linggong.document.*}).
 *
 * @param bureauName the issuing bureau on every page; {0} is the district's name
 * @param cityBureauName the issuer of a case without a district
 * @param font the embedded CJK TrueType collection on the classpath
 * @param fontName the face of the collection that letters use
 * @param retryCycle how a letter that failed is tried again (ISO 8601 repeat: {@code R5/PT5M} is
 *     five tries in all, five minutes apart; then an incident)
 */
@ConfigurationProperties("linggong.document")
public record DocumentProperties(
    @DefaultValue("{0}人力资源和社会保障局") String bureauName,
    @DefaultValue("市人力资源和社会保障局") String cityBureauName,
    @DefaultValue("fonts/wqy-microhei.ttc") String font,
    @DefaultValue("WenQuanYiMicroHei") String fontName,
    @DefaultValue("R5/PT5M") String retryCycle) {}
