package cn.linggong.inbox;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboxMapper {

  int insert(InboxTask task);

  int update(InboxTask task);

  int setDueProvisional(String taskId, boolean provisional);

  int delete(@Param("taskId") String taskId);

  int insertDone(
      @Param("t") InboxTask task,
      @Param("endedAt") Instant endedAt,
      @Param("durationMs") long durationMs,
      @Param("completed") boolean completed);

  int insertEntry(String principal, String districtId, Instant dueAt, String taskId);

  int deleteEntries(@Param("taskId") String taskId);

  InboxTask find(@Param("taskId") String taskId);

  List<InboxTask> findPageByDue(
      InboxFilter filter,
      List<String> principals,
      String district,
      int window,
      int offset,
      int limit);

  List<InboxTask> findPageFiltered(
      InboxFilter filter, List<String> principals, String district, int offset, int limit);

  long countByEntries(InboxFilter filter, List<String> principals, String district);

  long countFiltered(InboxFilter filter, List<String> principals, String district);

  /** The earliest due date among the unheld tasks of these groups (sentinel for none due). */
  Instant earliestDue(
      @Param("principals") List<String> groupPrincipals, @Param("district") String district);

  /** Of the unheld tasks of these groups due then: the highest priority, then the oldest. */
  InboxTask mostUrgentAt(
      @Param("principals") List<String> groupPrincipals,
      @Param("district") String district,
      @Param("due") Instant due);

  /** The open tasks a person holds, of a district (null: all). */
  List<InboxTask> findHeldBy(@Param("userId") String userId, @Param("district") String district);

  List<InboxService.Choice> findProcesses(@Param("district") String district);

  List<InboxService.Choice> findSteps(String process, String district);
}
