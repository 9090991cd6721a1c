package cn.linggong.casefile;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.Roles;
import cn.linggong.notification.Outbox;
import cn.linggong.privacy.PersonalData;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters made after the step that asks for them (issue 18): the step keeps a {@link
 * CaseDocument.Status#PENDING} document and its request, and commits at once; a job of the engine
 * makes the PDF on any node, retried on the configured cycle ({@code
 * linggong.letters.retry-cycle}). When the retries run out the job becomes an incident (Cockpit,
 * the 运维 screen), the document {@link CaseDocument.Status#FAILED}, and the admins get a mail. A
 * letter that failed never undoes the step.
 */
@Slf4j
@Service
public class DeferredLetters {

  public static final String FAILURE_MAIL = "letter-failed";

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final CaseFileMapper mapper;
  private final PersonalData personalData;
  private final LetterQueue queue;
  private final Map<String, LetterRenderer> renderers;
  private final DirectoryService directory;
  private final Outbox outbox;
  private final Clock clock;

  DeferredLetters(
      CaseFileMapper mapper,
      PersonalData personalData,
      LetterQueue queue,
      List<LetterRenderer> renderers,
      DirectoryService directory,
      Outbox outbox,
      Clock clock) {
    this.mapper = mapper;
    this.personalData = personalData;
    this.queue = queue;
    this.renderers =
        renderers.stream().collect(Collectors.toMap(LetterRenderer::name, Function.identity()));
    this.directory = directory;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A letter, the failure of its making, and the case it belongs to (for the 运维 screen). */
  public record Request(
      long documentId,
      String caseType,
      String caseNo,
      String kind,
      String fileName,
      CaseDocument.Status status,
      String requestedBy,
      java.time.Instant requestedAt,
      String stepId,
      String failure) {}

  /**
   * Keeps a pending letter of the case and queues its making, in the step's transaction; returns
   * the document (its id can go into the timeline at once).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public CaseDocument request(
      CaseRef ref,
      String kind,
      String fileName,
      LetterRenderer renderer,
      String letter,
      Map<String, Object> params,
      String userId,
      String processInstanceId) {
    if (!renderers.containsKey(renderer.name())) {
      throw new IllegalArgumentException("Unknown letter renderer " + renderer.name());
    }
    DocumentRow row = new DocumentRow();
    row.caseType = ref.type();
    row.caseNo = ref.number();
    row.kind = kind;
    row.fileName = fileName;
    row.contentType = CaseDocuments.PDF;
    row.content = personalData.encryptFile(new byte[0]);
    row.sizeBytes = 0;
    row.createdAt = clock.instant();
    row.createdBy = userId;
    row.status = CaseDocument.Status.PENDING;
    mapper.insert(row);
    LetterRequestRow request = new LetterRequestRow();
    request.documentId = row.id;
    request.renderer = renderer.name();
    request.letter = letter;
    request.params = personalData.encryptFile(json(params));
    request.requestedBy = userId;
    request.requestedAt = row.createdAt;
    mapper.insertRequest(request);
    LetterQueue.Queued queued = queue.schedule(row.id, processInstanceId);
    mapper.setRequestJob(row.id, queued.jobId(), queued.stepId());
    return row.view();
  }

  /**
   * Makes the letter (the engine's job): once, whatever the number of nodes or retries; an
   * exception rolls the attempt back and leaves the job to retry.
   */
  @Transactional
  public void render(long documentId) {
    LetterRequestRow request = mapper.findRequest(documentId);
    DocumentRow document = mapper.findById(documentId);
    if (request == null || document == null || document.status == CaseDocument.Status.READY) {
      return;
    }
    LetterRenderer renderer = renderers.get(request.renderer);
    if (renderer == null) {
      throw new IllegalStateException("No letter renderer " + request.renderer);
    }
    Map<String, Object> params = params(request);
    byte[] pdf = renderer.render(request.letter, params, request.requestedBy, request.requestedAt);
    mapper.setContent(documentId, personalData.encryptFile(pdf), pdf.length);
    log.info("Letter {} of {} made ({} bytes)", request.letter, document.caseNo, pdf.length);
  }

  /**
   * The job of this letter ran out of retries (called by the engine's incident handler, in the
   * transaction that records the incident): the document shows as failed, the admins are mailed
   * once per letter. Returns false for a job that makes no letter.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public boolean failed(String jobId, String failure) {
    LetterRequestRow request = mapper.findRequestByJob(jobId);
    if (request == null) {
      return false;
    }
    DocumentRow document = mapper.findById(request.documentId);
    mapper.setStatus(request.documentId, CaseDocument.Status.FAILED);
    mapper.setRequestFailure(request.documentId, shorten(failure));
    for (DirectoryService.Contact admin : directory.contacts(Roles.ADMIN, null)) {
      outbox.queue(
          FAILURE_MAIL,
          "letter-" + request.documentId + "-" + jobId,
          admin.email(),
          admin.locale(),
          document.caseNo,
          document.fileName);
    }
    log.warn("Letter {} of {} failed: {}", request.letter, document.caseNo, failure);
    return true;
  }

  /** The incident of this letter's job was resolved (a retry): pending again. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void retrying(String jobId) {
    LetterRequestRow request = mapper.findRequestByJob(jobId);
    if (request != null) {
      mapper.setStatus(request.documentId, CaseDocument.Status.PENDING);
    }
  }

  /** The letter a job makes, if it makes one. */
  @Transactional(readOnly = true)
  public Optional<Request> ofJob(String jobId) {
    LetterRequestRow request = mapper.findRequestByJob(jobId);
    if (request == null) {
      return Optional.empty();
    }
    DocumentRow d = mapper.findById(request.documentId);
    return Optional.of(
        new Request(
            d.id,
            d.caseType,
            d.caseNo,
            d.kind,
            d.fileName,
            d.status,
            request.requestedBy,
            request.requestedAt,
            request.stepId,
            request.failure));
  }

  private Map<String, Object> params(LetterRequestRow request) {
    try {
      return JSON.readValue(
          personalData.decryptFile(request.params), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] json(Map<String, Object> params) {
    try {
      return JSON.writeValueAsBytes(params);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shorten(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }
}
