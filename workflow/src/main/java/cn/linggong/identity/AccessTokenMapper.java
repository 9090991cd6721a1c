package cn.linggong.identity;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccessTokenMapper {

  /** The fields of a new token; {@code id} is set by the insert. */
  class NewToken {
    public Long id;
    public String tokenHash;
    public String prefix;
    public String userId;
    public String name;
    public boolean readOnly;
    public Instant createdAt;
    public String createdBy;
    public Instant expiresAt;
  }

  void insert(NewToken token);

  AccessToken findById(@Param("id") long id);

  AccessToken findByHash(@Param("hash") String hash);

  List<AccessToken> findAll(@Param("userId") String userId);

  int revoke(long id, String by, Instant at);

  int touch(long id, Instant at);
}
