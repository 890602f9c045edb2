/**
 * A minimal .zip writer (PKWARE APPNOTE 6.3: local headers, deflated data, central directory) for
 * the .docx. Each entry's text arrives as chunks and is deflated as it comes, so a 50,000-action
 * document never exists whole in memory as text: only its compressed bytes do.
 */
import { once } from "node:events";
import { crc32, createDeflateRaw } from "node:zlib";

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer[];
  compressed: number;
  offset: number;
}

/** Text is batched to about this many characters before it is encoded and deflated. */
const BATCH = 1 << 20;

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;

  async add(name: string, chunks: Iterable<string>): Promise<void> {
    const deflate = createDeflateRaw({ level: 6 });
    const data: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => data.push(chunk));
    const ended = once(deflate, "end");
    let crc = 0;
    let size = 0;
    let batch: string[] = [];
    let length = 0;
    const flush = async () => {
      const bytes = Buffer.from(batch.join(""), "utf8");
      batch = [];
      length = 0;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, "drain");
    };
    for (const chunk of chunks) {
      batch.push(chunk);
      length += chunk.length;
      if (length >= BATCH) await flush();
    }
    await flush();
    deflate.end();
    await ended;
    const compressed = data.reduce((total, chunk) => total + chunk.length, 0);
    const entry = { name: Buffer.from(name, "utf8"), crc, size, data, compressed, offset: this.offset };
    this.entries.push(entry);
    this.offset += 30 + entry.name.length + compressed;
  }

  toBuffer(): Buffer {
    const parts: Buffer[] = [];
    for (const entry of this.entries) parts.push(localHeader(entry), ...entry.data);
    const directory = this.entries.map(centralHeader);
    const directorySize = directory.reduce((total, part) => total + part.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...parts, ...directory, end]);
  }
}

/** 1 January 1980, 00:00, the earliest DOS date: the same bytes for the same report. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const FLAGS = 0x0800;
const DEFLATE = 8;

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc >>> 0, 14);
  header.writeUInt32LE(entry.compressed, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressed, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}
