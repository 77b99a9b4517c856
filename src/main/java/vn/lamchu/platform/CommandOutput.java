package vn.lamchu.platform;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What the operations commands print: every line in Vietnamese, then in English ("… / …"), from the message
 * bundles, so that an operator who reads either language understands it and a script can grep either.
 */
public final class CommandOutput {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final PrintStream out;
    private final PrintStream err;

    public CommandOutput(MessageSource messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** The platform bundle alone, for commands that run without the application context. */
    static CommandOutput standalone(PrintStream out, PrintStream err) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/platform");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new CommandOutput(source, out, err);
    }

    /** The message in both languages, Vietnamese first. */
    public String both(String key, Object... args) {
        String vi = messages.getMessage(key, args, key, VIETNAMESE);
        String en = messages.getMessage(key, args, key, Locale.ENGLISH);
        return vi.equals(en) ? vi : vi + " / " + en;
    }

    /** One line on standard output. */
    public void say(String key, Object... args) {
        out.println(both(key, args));
        out.flush();
    }

    /** One line on standard output, composed per language by the caller (for messages that nest messages). */
    public void say(Function<Locale, String> text) {
        String vi = text.apply(VIETNAMESE);
        String en = text.apply(Locale.ENGLISH);
        out.println(vi.equals(en) ? vi : vi + " / " + en);
        out.flush();
    }

    /** The message in one language. */
    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** One line on standard error. */
    public void warn(String key, Object... args) {
        err.println(both(key, args));
        err.flush();
    }

    /** A line that is already text (a detail from an exception), on standard error. */
    public void warnText(String text) {
        err.println(text);
        err.flush();
    }
}
