package vn.lamchu.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.shared.DomainException;

/**
 * The worklist's tab, filters, search and page, as they come in the query string. Every value is read leniently and a
 * value that cannot be read is shown next to its field, never as an error page.
 */
public class WorklistForm {

    static final int PAGE_SIZE = 25;

    private String list;
    private String q;
    private String status;
    private String kind;
    private String category;
    private String channel;
    private String from;
    private String to;
    private boolean closed;
    private String page;

    /** The filter for the core; problems go to the fields (a reversed date range to "to"). */
    CaseQueries.Filter toFilter(CaseQueries.Worklist defaultList, BindingResult result) {
        LocalDate fromDate = date("from", from, result);
        LocalDate toDate = date("to", to, result);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            result.rejectValue("to", "cases.error.dateRange");
            toDate = null;
        }
        String query = q;
        if (query != null && query.strip().length() > 200) {
            result.rejectValue("q", "cases.error.tooLong", new Object[] {200}, null);
            query = null;
        }
        try {
            return new CaseQueries.Filter(worklist(defaultList), query, Forms.option(CaseStatus.class, status),
                    Forms.option(ContentKind.class, kind), Forms.blankToNull(category),
                    Forms.option(Channel.class, channel), fromDate, toDate, closed, pageNumber(), PAGE_SIZE);
        } catch (DomainException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return CaseQueries.Filter.of(worklist(defaultList));
        }
    }

    CaseQueries.Worklist worklist(CaseQueries.Worklist defaultList) {
        CaseQueries.Worklist chosen = Forms.option(CaseQueries.Worklist.class, list);
        return chosen == null ? defaultList : chosen;
    }

    int pageNumber() {
        int n = Forms.integer(page);
        return Math.max(n, 0);
    }

    /** This worklist's address with another tab or page (the other filters kept). */
    String url(CaseQueries.Worklist tab, int pageNo) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/office/cases").queryParam("list", tab.name());
        add(b, "q", q);
        add(b, "status", status);
        add(b, "kind", kind);
        add(b, "category", category);
        add(b, "channel", channel);
        add(b, "from", from);
        add(b, "to", to);
        if (closed) {
            b.queryParam("closed", "true");
        }
        if (pageNo > 0) {
            b.queryParam("page", pageNo);
        }
        return b.encode().build().toUriString();
    }

    boolean filtered() {
        return Forms.blankToNull(status) != null || Forms.blankToNull(kind) != null || Forms.blankToNull(category) != null
                || Forms.blankToNull(channel) != null || Forms.blankToNull(from) != null || Forms.blankToNull(to) != null
                || closed;
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }

    private static LocalDate date(String field, String value, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "cases.office.filter.badDate");
            return null;
        }
    }

    public String getList() { return list; }
    public void setList(String list) { this.list = list; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
