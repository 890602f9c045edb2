/**
 * The .docx package, zipped by yazl as its parts stream in: each part's text arrives as chunks and
 * is deflated as it comes, so a 50,000-action document never exists whole in memory as text, only
 * its compressed bytes do.
 */
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { ZipFile } from "yazl";

/** Text is batched to about this many characters before it is encoded and handed to the zip. */
const BATCH = 1 << 20;

/** 1 January 1980, the earliest date a zip holds: the same bytes for the same report. */
const EPOCH = new Date(1980, 0, 1);

export async function zipParts(
  parts: ReadonlyArray<readonly [name: string, chunks: Iterable<string>]>,
): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, chunks] of parts)
    zip.addReadStream(Readable.from(batched(chunks), { objectMode: false }), name, { mtime: EPOCH });
  zip.end();
  return buffer(zip.outputStream);
}

function* batched(chunks: Iterable<string>): Generator<Buffer> {
  let batch: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    length += chunk.length;
    if (length >= BATCH) {
      yield Buffer.from(batch.join(""), "utf8");
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.from(batch.join(""), "utf8");
}
