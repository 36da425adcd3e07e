package glassdyn;

import java.nio.file.Path;

/**
 * Bad input: a malformed or truncated file, a NaN, an unknown name, an unphysical parameter. The message is one
 * line that names the file, the line and the offending value, so the command line can print it as it is.
 */
public class InputException extends RuntimeException {
    public InputException(String message) { super(message); }
    public InputException(String message, Throwable cause) { super(message, cause); }

    /** {@code FILE:LINE: what (got 'VALUE')}. Line numbers are 1-based; use 0 when the problem is the whole file. */
    public static InputException at(Path file, long line, String what, String value) {
        String where = line > 0 ? file + ":" + line : file.toString();
        return new InputException(where + ": " + what + (value == null ? "" : " (got '" + abbreviate(value) + "')"));
    }

    /** A bad parameter: {@code NAME: what (got 'VALUE')}. */
    public static InputException parameter(String name, String what, Object value) {
        return new InputException(name + ": " + what + " (got '" + abbreviate(String.valueOf(value)) + "')");
    }

    private static String abbreviate(String s) {
        s = s.replace('\n', ' ').replace('\r', ' ');
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
