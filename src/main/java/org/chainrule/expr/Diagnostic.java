package org.chainrule.expr;

/**
 * A problem in a program's text: what is wrong and where. {@code offset} is the 0-based index into the
 * source, {@code length} how many characters to underline (at least 1).
 */
public record Diagnostic(String message, int offset, int length) {

    public Diagnostic {
        if (offset < 0) offset = 0;
        if (length < 1) length = 1;
    }

    /** 1-based line of the offset within {@code source}. */
    public int line(String source) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, source.length()); i++) if (source.charAt(i) == '\n') line++;
        return line;
    }

    /** 1-based column of the offset within its line. */
    public int column(String source) {
        int start = source.lastIndexOf('\n', Math.min(offset, source.length()) - 1) + 1;
        return offset - start + 1;
    }

    /**
     * The message with its position, the offending line, and a caret under the problem:
     * <pre>
     * column 5: expected ')' to close '(' at column 1
     *   (x + y * z
     *       ^
     * </pre>
     */
    public String render(String source) {
        int off = Math.min(offset, source.length());
        int start = source.lastIndexOf('\n', off - 1) + 1;
        int end = source.indexOf('\n', off);
        if (end < 0) end = source.length();
        String text = source.substring(start, end);
        String where = source.indexOf('\n') >= 0
                ? "line " + line(source) + ", column " + column(source)
                : "column " + column(source);
        int under = Math.max(1, Math.min(length, Math.max(1, end - off)));
        StringBuilder pad = new StringBuilder();
        for (int i = start; i < off; i++) pad.append(source.charAt(i) == '\t' ? '\t' : ' ');
        return where + ": " + message + "\n  " + text + "\n  " + pad + "^".repeat(under);
    }
}
