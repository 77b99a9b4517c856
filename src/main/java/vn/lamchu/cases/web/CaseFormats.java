package vn.lamchu.cases.web;

import java.text.NumberFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Figures on the case pages as readers expect them, for templates: {@code ${@caseFormats.size(bytes)}}. */
@Component("caseFormats")
public class CaseFormats {

    /** A file size in B, KB or MB, with the reader's decimal separator (1,5 MB in Vietnamese). */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB" : format.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
