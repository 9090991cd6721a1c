package cn.linggong.identity;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LoginLockMapper {

  Optional<LoginLock> find(@Param("userId") String userId);

  int insert(LoginLock lock);

  int update(LoginLock lock);

  int delete(@Param("userId") String userId);
}
