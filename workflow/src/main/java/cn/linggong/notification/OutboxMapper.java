package cn.linggong.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

  int insertIgnoringDuplicate(OutboxMail mail);

  long countOnce(String kind, String reference, String recipient);

  List<Long> findDue(Instant now, int limit);

  int claim(long id, String node, Instant now, Instant until);

  OutboxMail find(@Param("id") long id);

  int markSent(long id, String node, Instant now);

  int markFailed(long id, String node, String status, Instant next, String error);

  int releaseStale(@Param("now") Instant now);

  List<OutboxMail> findPage(int offset, int limit);

  long count();
}
