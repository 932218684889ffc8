package org.cabletrends.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;

/**
 * Reads the records that start inside one split. It backs up three bytes before the split start so it knows whether
 * the line before the first candidate ended in a quote, finds the first record start at or after the split start,
 * and reads each record up to the next record start, past the split end if need be.
 */
public class CablesCsvRecordReader extends RecordReader<LongWritable, BytesWritable> {
    private long start;
    private long end;
    private LineSource in;
    private LineSource.Line pending;
    private final LongWritable key = new LongWritable();
    private final BytesWritable value = new BytesWritable();

    @Override
    public void initialize(InputSplit genericSplit, TaskAttemptContext context) throws IOException {
        FileSplit split = (FileSplit) genericSplit;
        Path path = split.getPath();
        FileSystem fs = path.getFileSystem(context.getConfiguration());
        FSDataInputStream stream = fs.open(path);
        CompressionCodec codec = new CompressionCodecFactory(context.getConfiguration()).getCodec(path);
        start = split.getStart();
        end = codec == null ? start + split.getLength() : Long.MAX_VALUE;
        long from = codec == null ? Math.max(0, start - 3) : 0;
        stream.seek(from);
        InputStream raw = codec == null ? stream : codec.createInputStream(stream);
        in = new LineSource(raw, from);
        pending = firstRecordLine(from == 0);
    }

    private LineSource.Line firstRecordLine(boolean atFileStart) throws IOException {
        boolean prevEndsQuote = atFileStart;
        for (LineSource.Line line = in.next(); line != null; line = in.next()) {
            if (line.position() >= end) {
                return null;
            }
            if (line.position() >= start && prevEndsQuote && CsvRecordStarts.isRecordStart(line.bytes(), line.length())) {
                return line;
            }
            prevEndsQuote = CsvRecordStarts.endsWithQuote(line.bytes(), line.length());
        }
        return null;
    }

    @Override
    public boolean nextKeyValue() throws IOException {
        if (pending == null || pending.position() >= end) {
            return false;
        }
        ByteArrayOutputStream record = new ByteArrayOutputStream(Math.max(1024, pending.length() * 4));
        key.set(pending.position());
        LineSource.Line line = pending;
        pending = null;
        while (line != null) {
            record.write(line.bytes(), 0, line.length());
            boolean endsQuote = CsvRecordStarts.endsWithQuote(line.bytes(), line.length());
            line = in.next();
            if (line != null && endsQuote && CsvRecordStarts.isRecordStart(line.bytes(), line.length())) {
                pending = line;
                break;
            }
        }
        byte[] bytes = record.toByteArray();
        value.set(bytes, 0, withoutLineBreak(bytes));
        return true;
    }

    private static int withoutLineBreak(byte[] b) {
        int n = b.length;
        if (n > 0 && b[n - 1] == '\n') {
            n--;
        }
        if (n > 0 && b[n - 1] == '\r') {
            n--;
        }
        return n;
    }

    @Override
    public LongWritable getCurrentKey() {
        return key;
    }

    @Override
    public BytesWritable getCurrentValue() {
        return value;
    }

    @Override
    public float getProgress() {
        if (end == Long.MAX_VALUE || end == start) {
            return 0f;
        }
        return Math.min(1f, (in.position() - start) / (float) (end - start));
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
