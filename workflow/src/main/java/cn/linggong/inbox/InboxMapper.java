package cn.linggong.inbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboxMapper {

  int insert(InboxTask task);

  int update(InboxTask task);

  int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

  int delete(@Param("taskId") String taskId);

  int insertCandidate(@Param("taskId") String taskId, @Param("groupId") String groupId);

  int deleteCandidates(@Param("taskId") String taskId);

  InboxTask find(@Param("taskId") String taskId);

  List<InboxTask> findPage(
      @Param("filter") InboxFilter filter,
      @Param("viewer") InboxFilter.Viewer viewer,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(@Param("filter") InboxFilter filter, @Param("viewer") InboxFilter.Viewer viewer);
}
