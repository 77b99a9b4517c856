package vn.lamchu.platform;

/**
 * The operations commands of the jar ({@code backup FILE}, {@code restore FILE}); run without starting the web server.
 */
public final class OperationsCommand {

    private OperationsCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(String[] args) {
        throw new IllegalStateException("backup/restore: being written in this session");
    }
}
