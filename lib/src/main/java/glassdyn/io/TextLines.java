package glassdyn.io;

import glassdyn.InputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A fast line-by-line reader of (optionally gzipped) text files for trajectory parsing: it keeps the current line
 * as bytes, splits it into whitespace-separated tokens without allocating, parses numbers in place, and knows the
 * 1-based line number so every error names file, line and value ({@link InputException#at}).
 */
public final class TextLines implements AutoCloseable {
    private static final int BUFFER = 1 << 16;
    private static final int MAX_TOKENS = 256;

    private final Path file;
    private final InputStream in;
    private final long size;
    private long consumed;
    private byte[] buf = new byte[BUFFER];
    private int pos, lim;
    private boolean eof;

    private byte[] line = new byte[256];
    private int lineLen;
    private long lineNumber;
    private final int[] tokStart = new int[MAX_TOKENS];
    private final int[] tokEnd = new int[MAX_TOKENS];
    private int tokens;

    /** Opens a file or a named pipe; gzip streams (told by their magic bytes 1f 8b, whatever the name) are decompressed on the fly. A missing file is an input error. */
    public TextLines(Path file) {
        this.file = file;
        try {
            size = Files.size(file);
            InputStream raw = new java.io.FilterInputStream(Files.newInputStream(file)) {
                @Override public int read(byte[] b, int off, int len) throws IOException {
                    int r = super.read(b, off, len);
                    if (r > 0) consumed += r;
                    return r;
                }
            };
            // peek at the magic bytes on the one stream (a second open would eat them from a named pipe)
            BufferedInputStream peek = new BufferedInputStream(raw, 16);
            peek.mark(2);
            byte[] b = peek.readNBytes(2);
            peek.reset();
            boolean gzip = b.length == 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
            this.in = gzip ? new GZIPInputStream(peek, BUFFER) : peek;
        } catch (NoSuchFileException e) {
            throw InputException.at(file, 0, "no such file", null);
        } catch (IOException e) {
            throw InputException.at(file, 0, "cannot open: " + e.getMessage(), null);
        }
    }

    public Path file() { return file; }

    /** Fraction of the file's bytes read so far (compressed bytes for .gz), for progress bars. */
    public double fractionRead() { return size > 0 ? Math.min(1.0, (double) consumed / size) : 1.0; }

    /** The 1-based number of the current line (0 before the first). */
    public long lineNumber() { return lineNumber; }

    /** Reads the next line and tokenises it; false at the end of the file. */
    public boolean next() {
        lineLen = 0;
        while (true) {
            if (pos >= lim) {
                if (!fill()) {
                    if (lineLen == 0) return false;
                    break;
                }
            }
            int start = pos;
            while (pos < lim && buf[pos] != '\n') pos++;
            append(start, pos);
            if (pos < lim) { pos++; break; }
        }
        if (lineLen > 0 && line[lineLen - 1] == '\r') lineLen--;
        lineNumber++;
        tokenize();
        return true;
    }

    /** Reads the next line or fails with "unexpected end of file" naming what was expected. */
    public void require(String expected) {
        if (!next()) throw InputException.at(file, lineNumber + 1, "unexpected end of file, expected " + expected, "");
    }

    private boolean fill() {
        if (eof) return false;
        try {
            int r = in.readNBytes(buf, 0, buf.length);
            if (r <= 0) { eof = true; return false; }
            pos = 0; lim = r;
            return true;
        } catch (java.io.EOFException e) {
            throw InputException.at(file, lineNumber + 1, "truncated compressed file", e.getMessage());
        } catch (IOException e) {
            throw InputException.at(file, lineNumber + 1, "read error", e.getMessage());
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (lineLen + n > line.length) line = java.util.Arrays.copyOf(line, Math.max(2 * line.length, lineLen + n));
        System.arraycopy(buf, from, line, lineLen, n);
        lineLen += n;
    }

    private void tokenize() {
        tokens = 0;
        int i = 0;
        while (i < lineLen) {
            while (i < lineLen && (line[i] == ' ' || line[i] == '\t')) i++;
            if (i >= lineLen) break;
            int s = i;
            while (i < lineLen && line[i] != ' ' && line[i] != '\t') i++;
            if (tokens == MAX_TOKENS) throw InputException.at(file, lineNumber, "too many columns (more than " + MAX_TOKENS + ")", text());
            tokStart[tokens] = s; tokEnd[tokens] = i; tokens++;
        }
    }

    /** The whole current line. */
    public String text() { return new String(line, 0, lineLen, StandardCharsets.UTF_8); }

    public int tokenCount() { return tokens; }

    public String token(int k) { return new String(line, tokStart[k], tokEnd[k] - tokStart[k], StandardCharsets.UTF_8); }

    /** True when the current line starts with the given ASCII prefix. */
    public boolean startsWith(String prefix) {
        if (prefix.length() > lineLen) return false;
        for (int k = 0; k < prefix.length(); k++) if (line[k] != prefix.charAt(k)) return false;
        return true;
    }

    /** Token {@code k} as a finite double; a missing column, garbage or NaN/Inf is an input error naming {@code what}. */
    public double finiteDouble(int k, String what) {
        if (k >= tokens) throw InputException.at(file, lineNumber, "missing column " + (k + 1) + " (" + what + ")", text());
        double v = parseDouble(tokStart[k], tokEnd[k]);
        if (!Double.isFinite(v)) throw InputException.at(file, lineNumber, "non-finite " + what, token(k));
        return v;
    }

    /** Token {@code k} as a long; anything else is an input error naming {@code what}. */
    public long parseLong(int k, String what) {
        if (k >= tokens) throw InputException.at(file, lineNumber, "missing column " + (k + 1) + " (" + what + ")", text());
        int s = tokStart[k], e = tokEnd[k];
        boolean neg = false;
        if (line[s] == '-' || line[s] == '+') { neg = line[s] == '-'; s++; }
        if (s >= e || e - s > 18) return slowLong(k, what);
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = line[i] - '0';
            if (d < 0 || d > 9) return slowLong(k, what);
            v = 10 * v + d;
        }
        return neg ? -v : v;
    }

    private long slowLong(int k, String what) {
        String t = token(k);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            // LAMMPS writes integer-valued columns as integers; accept "3.0" but nothing fractional
            try {
                double d = Double.parseDouble(t);
                if (d == Math.rint(d) && Math.abs(d) < 9e18) return (long) d;
            } catch (NumberFormatException ignored) { }
            throw InputException.at(file, lineNumber, "not an integer " + what, t);
        }
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Decimal to double. Fast path (exactly rounded): at most 15 significant digits and a net decimal exponent of
     * magnitude at most 22, where {@code mantissa / 10^k} or {@code mantissa * 10^k} is one correctly rounded IEEE
     * operation on exact operands. Everything else goes to {@link Double#parseDouble}.
     */
    private double parseDouble(int s, int e) {
        int i = s;
        boolean neg = false;
        if (line[i] == '-' || line[i] == '+') { neg = line[i] == '-'; i++; }
        long mant = 0;
        int digits = 0, exp10 = 0;
        boolean any = false;
        while (i < e && line[i] >= '0' && line[i] <= '9') {
            any = true;
            if (mant != 0 || line[i] != '0') { mant = 10 * mant + (line[i] - '0'); digits++; }
            i++;
        }
        if (i < e && line[i] == '.') {
            i++;
            while (i < e && line[i] >= '0' && line[i] <= '9') {
                any = true;
                if (mant != 0 || line[i] != '0') { mant = 10 * mant + (line[i] - '0'); digits++; }
                exp10--;
                i++;
            }
        }
        if (i < e && (line[i] == 'e' || line[i] == 'E')) {
            i++;
            boolean eneg = false;
            if (i < e && (line[i] == '-' || line[i] == '+')) { eneg = line[i] == '-'; i++; }
            int ev = 0;
            boolean edig = false;
            while (i < e && line[i] >= '0' && line[i] <= '9' && ev < 100000) { ev = 10 * ev + (line[i] - '0'); i++; edig = true; }
            if (!edig) return slowDouble(s, e);
            exp10 += eneg ? -ev : ev;
        }
        if (!any || i != e || digits > 15) return slowDouble(s, e);
        double v;
        if (mant == 0) v = 0;
        else if (exp10 >= 0 && exp10 <= 22) v = mant * POW10[exp10];
        else if (exp10 < 0 && exp10 >= -22) v = mant / POW10[-exp10];
        else return slowDouble(s, e);
        return neg ? -v : v;
    }

    private double slowDouble(int s, int e) {
        String t = new String(line, s, e - s, StandardCharsets.US_ASCII);
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("nan")) return Double.NaN;
            if (lower.contains("inf")) return Double.POSITIVE_INFINITY;
            throw InputException.at(file, lineNumber, "not a number", t);
        }
    }

    @Override
    public void close() {
        eof = true;
        pos = lim = 0;
        try { in.close(); } catch (IOException e) { throw new UncheckedIOException(e); }
    }
}
