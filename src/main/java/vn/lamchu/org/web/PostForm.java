package vn.lamchu.org.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lamchu.org.Post;
import vn.lamchu.org.PostDraft;

/** Assigning a post to a person. */
public class PostForm {

    private String unitCode;
    private Post post;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    PostDraft toDraft() {
        return new PostDraft(unitCode, post, title, validFrom, validTo);
    }

    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public Post getPost() { return post; }
    public void setPost(Post post) { this.post = post; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
