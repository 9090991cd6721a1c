package cn.linggong.employer;

import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Job postings (岗位) over REST. */
@RestController
@RequestMapping("/api/jobs")
@Tag(name = "jobs", description = "岗位 · job postings")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JobApi {

  private final JobBoard board;
  private final JobCategories categories;

  record StatusChange(JobStatus status) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Post a job for an employer (fields of seed 001)")
  JobPosting post(LinggongUser user, @RequestBody JobBoard.Draft draft) {
    return board.post(user, draft);
  }

  @GetMapping
  List<JobPosting> search(
      LinggongUser user,
      @RequestParam(required = false) JobStatus status,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Long employerId,
      @RequestParam(required = false) String district,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return board.search(user, status, category, employerId, district, offset, limit);
  }

  @GetMapping("/{id}")
  JobPosting one(LinggongUser user, @PathVariable long id) {
    return board.find(user, id);
  }

  @PutMapping("/{id}/status")
  @Operation(summary = "Close a posting, or reopen one with places left")
  JobPosting status(LinggongUser user, @PathVariable long id, @RequestBody StatusChange change) {
    return board.changeStatus(user, id, change.status());
  }

  @GetMapping("/categories")
  @Operation(summary = "The job-category dictionary (工种)")
  List<JobCategory> categories() {
    return categories.active();
  }
}
