package cn.linggong.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

  int insertIgnoringDuplicate(OutboxMail mail);

  long countOnce(
      @Param("kind") String kind,
      @Param("reference") String reference,
      @Param("recipient") String recipient);

  List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit);

  int claim(
      @Param("id") long id,
      @Param("node") String node,
      @Param("now") Instant now,
      @Param("until") Instant until);

  OutboxMail find(@Param("id") long id);

  int markSent(@Param("id") long id, @Param("node") String node, @Param("now") Instant now);

  int markFailed(
      @Param("id") long id,
      @Param("node") String node,
      @Param("status") String status,
      @Param("next") Instant next,
      @Param("error") String error);

  int releaseStale(@Param("now") Instant now);

  List<OutboxMail> findPage(@Param("offset") int offset, @Param("limit") int limit);

  long count();
}
