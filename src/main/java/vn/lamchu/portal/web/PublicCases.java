package vn.lamchu.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.lamchu.cases.AttachmentStore;
import vn.lamchu.cases.CaseCategories;
import vn.lamchu.cases.CaseCategory;
import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.IntakeRequest;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.cases.Sender;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.org.Jurisdiction;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.VietnameseText;

/**
 * What the portal's pages and its public REST API share: the tenant a visitor addresses, the communes and categories
 * offered, the checks of a citizen's letter (every problem named by its field, so a page can show each next to its
 * input and the API can list them), sending it through the cases module's one intake, following it by receipt code and
 * rating the answer. A citizen has no account: a staff member who happens to be signed in and uses the portal sends as
 * a citizen too.
 */
@Component
class PublicCases {

    /** Attachments one citizen's letter may carry through the portal (the intake itself allows more, for staff). */
    static final int MAX_ATTACHMENTS = 5;
    /** Characters of a rating's comment. */
    static final int COMMENT_MAX = 2000;
    /** Pages of published answers one may ask for: page × size must stay a small number. */
    static final int MAX_PAGE = 1000;

    /** A commune or ward where the matter is: the intake routes the letter by it. */
    record Place(UUID id, String name) {
    }

    /** A letter as a citizen fills it in; nulls where nothing was given. */
    record Submission(ContentKind kind, String category, UUID placeUnitId, String title, String body, boolean anonymous,
                      String name, String address, String phone, String email, boolean publishConsent,
                      List<String> attachments, String idempotencyKey) {

        Submission {
            attachments = attachments == null ? List.of() : new ArrayList<>(attachments);
        }
    }

    /** A problem with one field of a submission: a message key of the bundles with its arguments. */
    record Problem(String field, String key, Object... args) {
    }

    /** A submission with problems; nothing was stored. */
    static final class SubmissionRejected extends RuntimeException {

        private final List<Problem> problems;

        SubmissionRejected(List<Problem> problems) {
            super("submission rejected: " + problems.stream().map(Problem::key).toList());
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }

    private final CaseIntake intake;
    private final CaseQueries queries;
    private final CaseHandling handling;
    private final CaseCategories categories;
    private final AttachmentStore attachments;
    private final OrgDirectory org;
    private final Clock clock;

    PublicCases(CaseIntake intake, CaseQueries queries, CaseHandling handling, CaseCategories categories,
                AttachmentStore attachments, OrgDirectory org, Clock clock) {
        this.intake = intake;
        this.queries = queries;
        this.handling = handling;
        this.categories = categories;
        this.attachments = attachments;
        this.org = org;
        this.clock = clock;
    }

    /**
     * The tenant named by its code, or the first (usually only) one.
     *
     * @throws DomainException {@code cases.error.tenant} if no tenant has this code
     */
    TenantId tenant(String code) {
        if (code != null && code.length() > 50) {
            throw DomainException.invalid("cases.error.tenant");
        }
        return intake.publicTenant(code);
    }

    /** The active categories in their display order. */
    List<CaseCategory> categories(TenantId tenant) {
        return categories.active(tenant);
    }

    /**
     * The communes, wards and special zones of the tenant that exist today, by name: the areas below the province's,
     * going through a legacy district area only if one still exists.
     */
    List<Place> places(TenantId tenant) {
        LocalDate today = LegalTime.today(clock);
        List<Place> out = new ArrayList<>();
        Deque<Unit> todo = new ArrayDeque<>(org.roots(tenant));
        while (!todo.isEmpty()) {
            Unit unit = todo.pop();
            for (Unit child : org.children(tenant, unit.id())) {
                if (child.kind() != UnitKind.AREA || !child.existsOn(today)) {
                    continue;
                }
                Optional<Jurisdiction> area = child.jurisdictionId() == null ? Optional.empty()
                        : org.jurisdiction(tenant, child.jurisdictionId());
                if (area.isPresent() && area.get().level().communeLevel()) {
                    out.add(new Place(child.id().value(), child.name()));
                } else if (area.isPresent() && area.get().level().legacy()) {
                    todo.push(child);
                }
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        out.sort(Comparator.comparing(Place::name, collator));
        return out;
    }

    /** Every problem of the submission, in the order of the form; empty if it may be sent. */
    List<Problem> check(TenantId tenant, Submission s) {
        List<Problem> problems = new ArrayList<>();
        if (s.kind() == null || !s.kind().isFeedbackOrRecommendation()) {
            problems.add(new Problem("kind", "portal.error.kind"));
        }
        String category = VietnameseText.normalizeOrNull(s.category());
        if (category == null) {
            problems.add(new Problem("category", "portal.error.categoryRequired"));
        } else if (category.length() > 50
                || categories.find(tenant, category).filter(CaseCategory::active).isEmpty()) {
            problems.add(new Problem("category", "cases.error.category", shorten(category)));
        }
        if (s.placeUnitId() == null) {
            problems.add(new Problem("placeUnitId", "portal.error.placeRequired"));
        } else if (places(tenant).stream().noneMatch(p -> p.id().equals(s.placeUnitId()))) {
            problems.add(new Problem("placeUnitId", "cases.error.place"));
        }
        String title = VietnameseText.normalizeOrNull(s.title());
        if (title == null || title.length() < CaseIntake.TITLE_MIN || title.length() > CaseIntake.TITLE_MAX) {
            problems.add(new Problem("title", "cases.error.title", CaseIntake.TITLE_MIN, CaseIntake.TITLE_MAX));
        }
        String body = s.body() == null ? "" : Normalizer.normalize(s.body().strip(), Normalizer.Form.NFC);
        if (body.length() < CaseIntake.BODY_MIN || body.length() > CaseIntake.BODY_MAX) {
            problems.add(new Problem("body", "cases.error.body", CaseIntake.BODY_MIN, CaseIntake.BODY_MAX));
        }
        if (!s.anonymous()) {
            checkSender(s, problems);
        }
        checkAttachments(tenant, s.attachments(), problems);
        return problems;
    }

    private static void checkSender(Submission s, List<Problem> problems) {
        String name = VietnameseText.normalizeOrNull(s.name());
        if (name == null) {
            problems.add(new Problem("name", "portal.error.nameRequired"));
        }
        boolean tooLong = false;
        for (String[] field : new String[][] {{"name", s.name()}, {"address", s.address()}, {"phone", s.phone()},
                {"email", s.email()}}) {
            String value = VietnameseText.normalizeOrNull(field[1]);
            if (value != null && value.length() > Sender.MAX) {
                problems.add(new Problem(field[0], "cases.error.tooLong", Sender.MAX));
                tooLong = true;
            }
        }
        if (VietnameseText.normalizeOrNull(s.address()) == null && VietnameseText.normalizeOrNull(s.phone()) == null
                && VietnameseText.normalizeOrNull(s.email()) == null) {
            problems.add(new Problem("phone", "portal.error.contactRequired"));
        }
        if (tooLong) {
            return;
        }
        // the sender's own rules for a phone number and an e-mail address, one field at a time
        formatProblem("phone", () -> new Sender(null, null, s.phone(), null)).ifPresent(problems::add);
        formatProblem("email", () -> new Sender(null, null, null, s.email())).ifPresent(problems::add);
    }

    private static Optional<Problem> formatProblem(String field, Supplier<Sender> check) {
        try {
            check.get();
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(new Problem(field, e.messageKey(), e.arguments()));
        }
    }

    private void checkAttachments(TenantId tenant, List<String> shas, List<Problem> problems) {
        if (shas.size() > MAX_ATTACHMENTS) {
            problems.add(new Problem("attachments", "portal.error.tooManyFiles", MAX_ATTACHMENTS));
            return;
        }
        for (String sha : shas) {
            if (sha == null || !sha.matches("[0-9a-f]{64}") || attachments.find(tenant, sha).isEmpty()) {
                problems.add(new Problem("attachments", "cases.error.attachment"));
                return;
            }
        }
    }

    /**
     * Sends the letter through the one intake (channel: the web portal).
     *
     * @throws SubmissionRejected with every problem, if {@link #check} finds any
     * @throws DomainException    from the intake, e.g. an idempotency key used before for another letter (conflict)
     */
    IntakeReceipt submit(TenantId tenant, Submission s) {
        List<Problem> problems = check(tenant, s);
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }
        List<Sender> senders = s.anonymous() ? List.of() : List.of(new Sender(s.name(), s.address(), s.phone(), s.email()));
        IntakeRequest request = new IntakeRequest(Channel.WEB, s.idempotencyKey(), s.kind(), s.title(), s.body(),
                VietnameseText.normalizeOrNull(s.category()), s.placeUnitId(), null, s.anonymous(), senders,
                s.publishConsent(), null, null, null, s.attachments());
        return asCitizen(() -> intake.submit(tenant, request));
    }

    /**
     * Stores an attachment sent without an account.
     *
     * @throws DomainException {@code file.empty}, {@code file.too-large}, {@code file.type-not-allowed}
     */
    StoredFile store(TenantId tenant, MultipartFile file) {
        return asCitizen(() -> {
            try (InputStream content = file.getInputStream()) {
                return attachments.store(tenant, file.getOriginalFilename(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A file the tenant stored, to show it again on a form. */
    Optional<StoredFile> file(TenantId tenant, String sha256) {
        return sha256 == null || !sha256.matches("[0-9a-f]{64}") ? Optional.empty() : attachments.find(tenant, sha256);
    }

    /**
     * The public view of a case by the code as the person typed it.
     *
     * @throws DomainException                  {@code receipt.invalid} if it is not a receipt code
     * @throws vn.lamchu.shared.NotFoundException if no case of the tenant has this code
     */
    CaseQueries.PublicView view(TenantId tenant, String code) {
        return queries.byReceipt(tenant, ReceiptCode.of(code));
    }

    /**
     * The sender rates the answer; a poor rating (≤ 2 stars) sends it back to the unit's leader.
     *
     * @throws SubmissionRejected                 if the stars or the comment are wrong
     * @throws DomainException                    {@code receipt.invalid}; (conflict) {@code portal.error.cannotRate} if
     *                                            the case has no answer to rate or was rated already
     * @throws vn.lamchu.shared.NotFoundException if no case of the tenant has this code
     */
    CaseQueries.PublicView rate(TenantId tenant, String code, Integer stars, String comment) {
        List<Problem> problems = new ArrayList<>();
        if (stars == null || stars < 1 || stars > 5) {
            problems.add(new Problem("stars", "cases.error.rating"));
        }
        String text = VietnameseText.normalizeOrNull(comment);
        if (text != null && text.length() > COMMENT_MAX) {
            problems.add(new Problem("comment", "cases.error.tooLong", COMMENT_MAX));
        }
        ReceiptCode receipt = ReceiptCode.of(code);
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }
        if (!queries.byReceipt(tenant, receipt).canRate()) {
            throw DomainException.conflict("portal.error.cannotRate");
        }
        handling.rate(tenant, receipt, stars, text);
        return queries.byReceipt(tenant, receipt);
    }

    /**
     * A second complaint sent by the complainant with the receipt code, inside the window of Luật Khiếu nại 2011,
     * Điều 33; it goes to the superior of the first resolver.
     *
     * @throws SubmissionRejected if the reason is missing or too long
     * @throws DomainException    (conflict) {@code portal.error.cannotAppeal} when no second complaint is open now
     */
    CaseQueries.PublicView appeal(TenantId tenant, String code, String reason) {
        String text = VietnameseText.normalizeLines(reason);
        ReceiptCode receipt = ReceiptCode.of(code);
        if (text == null || text.isBlank()) {
            throw new SubmissionRejected(List.of(new Problem("reason", "portal.error.appealReason")));
        }
        if (text.length() > COMMENT_MAX * 4) {
            throw new SubmissionRejected(List.of(new Problem("reason", "cases.error.tooLong", COMMENT_MAX * 4)));
        }
        if (!queries.byReceipt(tenant, receipt).canAppeal()) {
            throw DomainException.conflict("portal.error.cannotAppeal");
        }
        handling.appealByCitizen(tenant, receipt, text);
        return queries.byReceipt(tenant, receipt);
    }

    /** The published second-instance complaint decisions and denunciation conclusions. */
    CaseQueries.Page<CaseQueries.PublishedDecision> decisions(TenantId tenant, int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw DomainException.invalid("cases.error.page");
        }
        return queries.publishedDecisions(tenant, page, size);
    }

    /**
     * The published answers, newest first.
     *
     * @throws DomainException if the category is unknown, the query too long or the page out of range
     */
    CaseQueries.Page<CaseQueries.PublishedAnswer> published(TenantId tenant, String query, String category, int page,
                                                            int size) {
        String code = VietnameseText.normalizeOrNull(category);
        if (code != null && (code.length() > 50 || categories.find(tenant, code).isEmpty())) {
            throw DomainException.invalid("cases.error.category", shorten(code));
        }
        if (page < 0 || page > MAX_PAGE) {
            throw DomainException.invalid("cases.error.page");
        }
        return queries.published(tenant, query, code, page, size);
    }

    /**
     * Whether a failure is an upload above the server's limit for one request. Spring reports it as
     * {@link org.springframework.web.multipart.MaxUploadSizeExceededException}; when something reads a request
     * parameter first (the locale interceptor asks for {@code ?lang=}), Tomcat's own exception arrives instead, named
     * here rather than imported so that nothing depends on the servlet container.
     */
    static boolean uploadTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                    || t.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** Runs a step as a citizen without an account, whoever is signed in on this browser. */
    static <T> T asCitizen(Supplier<T> step) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private static String shorten(String text) {
        return text.length() > 50 ? text.substring(0, 50) + "…" : text;
    }
}
