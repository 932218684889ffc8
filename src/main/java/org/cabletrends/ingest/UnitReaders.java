package org.cabletrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Reads the input units inside the executors, parsing as it goes: the driver only ships paths (cable files) or
 * splits (CSV files), never content.
 */
final class UnitReaders {
    private UnitReaders() {
    }

    /** One unit row per cable file, read through the Hadoop FileSystem of its path. */
    static JavaRDD<Row> cableFiles(JavaSparkContext jsc, List<InputListing.InputFile> files, int partitions) {
        Broadcast<SerializableWritable<Configuration>> conf =
                jsc.broadcast(new SerializableWritable<>(jsc.hadoopConfiguration()));
        return jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size()))).mapPartitions(new ReadFiles(conf));
    }

    /** One unit row per record of the cables.csv files, split at most {@code splitSize} bytes. */
    static JavaRDD<Row> csvFiles(JavaSparkContext jsc, List<InputListing.InputFile> files, long splitSize,
                                 CsvRowParser parser) throws IOException {
        Job job = Job.getInstance(new Configuration(jsc.hadoopConfiguration()));
        FileInputFormat.setInputPaths(job, files.stream().map(f -> new Path(f.path())).toArray(Path[]::new));
        FileInputFormat.setMaxInputSplitSize(job, splitSize);
        FileInputFormat.setMinInputSplitSize(job, 1);
        JavaNewHadoopRDD<LongWritable, BytesWritable> rdd = (JavaNewHadoopRDD<LongWritable, BytesWritable>)
                jsc.newAPIHadoopRDD(job.getConfiguration(), CablesCsvInputFormat.class, LongWritable.class,
                        BytesWritable.class);
        return rdd.mapPartitionsWithInputSplit(new ParseCsv(parser), true);
    }

    private static final class ReadFiles implements FlatMapFunction<Iterator<InputListing.InputFile>, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<SerializableWritable<Configuration>> conf;

        ReadFiles(Broadcast<SerializableWritable<Configuration>> conf) {
            this.conf = conf;
        }

        @Override
        public Iterator<Row> call(Iterator<InputListing.InputFile> files) {
            Configuration c = conf.value().value();
            return new MappingIterator<>(files, f -> read(c, f));
        }

        private static Row read(Configuration c, InputListing.InputFile f) {
            Path path = new Path(f.path());
            byte[] bytes;
            try {
                bytes = "file".equals(path.toUri().getScheme())
                        ? java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path.toUri()))
                        : readHadoop(c, path);
            } catch (IOException | RuntimeException e) {
                return CableUnits.unreadable(f.path(), f.length(), e.getMessage());
            }
            return CableUnits.fromFile(f.path(), bytes);
        }

        /** Any Hadoop file system; local files skip it (its checksum layer costs a .crc lookup per file). */
        private static byte[] readHadoop(Configuration c, Path path) throws IOException {
            try (InputStream in = path.getFileSystem(c).open(path)) {
                return in.readAllBytes();
            }
        }
    }

    private static final class ParseCsv
            implements Function2<InputSplit, Iterator<Tuple2<LongWritable, BytesWritable>>, Iterator<Row>> {
        private static final long serialVersionUID = 1L;
        private final CsvRowParser parser;

        ParseCsv(CsvRowParser parser) {
            this.parser = parser;
        }

        @Override
        public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, BytesWritable>> records) {
            String path = ((FileSplit) split).getPath().toString();
            return new MappingIterator<>(records,
                    r -> CableUnits.fromCsvRecord(path, r._1().get(), r._2().copyBytes(), parser));
        }
    }

    /** A lazy map over an iterator, so a partition is never held in memory as a whole. */
    private record MappingIterator<T, R>(Iterator<T> in, java.util.function.Function<T, R> f) implements Iterator<R> {
        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public R next() {
            return f.apply(in.next());
        }
    }
}
