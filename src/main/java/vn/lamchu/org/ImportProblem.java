package vn.lamchu.org;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Why a row (or the whole file, line 0) of an import cannot be imported, kept as a message key so that it reads in
 * the language of whoever looks: "Dòng 7: mã đơn vị cha 'TP-XYZ' không tồn tại".
 *
 * @param line   the line in the file (the header is line 1); 0 for the file as a whole
 * @param column the column concerned (canonical name), if any: its label is the first argument of
 *               {@code import.value.*} and {@code import.header.*} messages
 */
public record ImportProblem(int line, String column, String key, List<String> args) {

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static ImportProblem of(int line, String column, String key, Object... args) {
        return new ImportProblem(line, column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String message(MessageSource messages, Locale locale) {
        Object[] arguments = args.toArray();
        if (column != null && (key.startsWith("import.value.") || key.startsWith("import.header."))) {
            Object[] withColumn = new Object[arguments.length + 1];
            withColumn[0] = messages.getMessage("import.column." + column, null, column, locale);
            System.arraycopy(arguments, 0, withColumn, 1, arguments.length);
            arguments = withColumn;
        }
        String text = messages.getMessage(key, arguments, key, locale);
        if (line <= 0) {
            return text;
        }
        return messages.getMessage("import.row", new Object[]{line, decapitalize(text)}, "Dòng " + line + ": " + text,
                locale);
    }

    /** "Mã đơn vị cha …" → "mã đơn vị cha …" after "Dòng 7:"; "HĐND …" stays. */
    static String decapitalize(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
