package cn.linggong.identity;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Each write is one statement, atomic on its row, so that parallel sign-ins are all counted. */
@Mapper
interface LoginFailureMapper {

  Optional<LoginFailure> find(String subject, String source);

  /** Creates the row with no failure yet, unless it is there (0 then). */
  int insert(String subject, String source, Instant now);

  /** Starts a fresh count where a lock has run out. */
  int expire(String subject, String source, Instant now);

  /** Counts one more failure where no lock is on. */
  int count(String subject, String source, Instant now);

  /** Counts one more failure of an address, starting again after a quiet {@code since}. */
  int countAddress(String subject, String source, Instant now, Instant since);

  /** Locks when the count reached {@code max}; 1 for the one call that locked it. */
  int lock(String subject, String source, int max, Instant until);

  /** The latest lock of a subject that lasts beyond {@code now}, from any address. */
  Optional<Instant> lockedUntil(String subject, Instant now);

  int delete(String subject, String source);

  int deleteSubject(@Param("subject") String subject);
}
