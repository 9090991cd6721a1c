package cn.linggong.inbox;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboxMapper {

  int insert(InboxTask task);

  int update(InboxTask task);

  int setDueProvisional(@Param("taskId") String taskId, @Param("provisional") boolean provisional);

  int delete(@Param("taskId") String taskId);

  int insertEntry(
      @Param("principal") String principal,
      @Param("districtId") String districtId,
      @Param("dueAt") Instant dueAt,
      @Param("taskId") String taskId);

  int deleteEntries(@Param("taskId") String taskId);

  InboxTask find(@Param("taskId") String taskId);

  List<InboxTask> findPageByDue(
      @Param("filter") InboxFilter filter,
      @Param("principals") List<String> principals,
      @Param("district") String district,
      @Param("window") int window,
      @Param("offset") int offset,
      @Param("limit") int limit);

  List<InboxTask> findPageFiltered(
      @Param("filter") InboxFilter filter,
      @Param("principals") List<String> principals,
      @Param("district") String district,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long countByEntries(
      @Param("filter") InboxFilter filter,
      @Param("principals") List<String> principals,
      @Param("district") String district);

  long countFiltered(
      @Param("filter") InboxFilter filter,
      @Param("principals") List<String> principals,
      @Param("district") String district);

  List<InboxService.Choice> findProcesses(@Param("district") String district);

  List<InboxService.Choice> findSteps(
      @Param("process") String process, @Param("district") String district);
}
