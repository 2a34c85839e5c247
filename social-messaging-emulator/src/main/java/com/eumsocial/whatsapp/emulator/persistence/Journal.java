package com.eumsocial.whatsapp.emulator.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of JSON lines in the data directory. Each {@link #append} reaches the disk
 * (FileChannel.force) before it returns, so an acknowledged write survives {@code kill -9}.
 */
public final class Journal implements AutoCloseable {
    public static final String FILE_NAME = "journal.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path file;
    private final ObjectMapper json;
    private final FileChannel channel;

    private Journal(Path file, ObjectMapper json, FileChannel channel) {
        this.file = file;
        this.json = json;
        this.channel = channel;
    }

    /**
     * Opens (creating if needed) the journal of {@code dataDir}. A last line cut short by a crash
     * was never acknowledged, so it is cut off; a damaged line before the end stops start-up.
     */
    public static Journal open(Path dataDir, ObjectMapper json) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE_NAME);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Journal journal = new Journal(file, json, channel);
            journal.dropTornTail();
            channel.position(channel.size());
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal in " + dataDir, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Every entry, in the order written. */
    public List<ObjectNode> entries() {
        List<ObjectNode> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(file + " line " + (i + 1) + " is not valid JSON: "
                            + e.getOriginalMessage(), e);
                }
                if (!node.isObject()) {
                    throw new IllegalStateException(file + " line " + (i + 1) + " is not a JSON object");
                }
                out.add((ObjectNode) node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** Writes one entry and forces it to disk. */
    public synchronized void append(ObjectNode entry) {
        try {
            byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("closing {} failed: {}", file, e.getMessage());
        }
    }

    private void dropTornTail() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        if (last.get(0) == '\n') {
            return;
        }
        byte[] all = Files.readAllBytes(file);
        int end = all.length;
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        LOG.warn("{}: dropping {} bytes of an unfinished last entry (written during a crash, never acknowledged)",
                file, all.length - end);
        channel.truncate(end);
        channel.force(true);
    }
}
