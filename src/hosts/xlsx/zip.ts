import { promisify } from "node:util";
import { constants, crc32, deflateRaw, inflateRaw } from "node:zlib";

/**
 * ExcelJS zips and unzips workbooks with JSZip, which deflates and inflates in JavaScript (pako): for a filled
 * workbook that is a third of the write. So the file host hands ExcelJS the parts stored (uncompressed) and has it
 * store the parts it writes, and does the deflating and inflating here with Node's zlib, natively and on the thread
 * pool, several parts at once. When saving, it also puts in the parts it lays out itself (sheetXml.ts) or edits
 * (hyperlinks.ts), and leaves out a relationships part the edit emptied. Every other part keeps its bytes, name, date
 * and CRC: only the zip container changes.
 */

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag bit 3: sizes and CRC follow the data in a descriptor instead of sitting in the header. */
const HAS_DESCRIPTOR = 0x0008;
/** General purpose flag bit 0: the entry is encrypted. */
const ENCRYPTED = 0x0001;
/** "Version needed to extract" for stored (1.0) and deflated (2.0) entries. */
const VERSION_NEEDED = { [STORED]: 10, [DEFLATED]: 20 } as const;
/** A size or offset of 0xFFFFFFFF (or a count of 0xFFFF) says the real one is in zip64 records. */
const ZIP64 = 0xffffffff;
/** The end record's fixed part; a zip comment (at most 65,535 bytes) may follow it. */
const END_RECORD_LENGTH = 22;

/** One entry of a zip, as its central directory describes it. */
export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Its record in the central directory (name, extra field and comment included). */
  readonly central: Buffer;
  /** Its local header and data as they stand in the file (its data descriptor included). */
  readonly local: Buffer;
  /** Where its data starts within `local`. */
  readonly dataStart: number;
};

function endOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - END_RECORD_LENGTH - 0xffff);
  for (let at = zip.length - END_RECORD_LENGTH; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("not a zip: no end of central directory");
}

/** The bytes a data descriptor takes after an entry's data (its signature is optional). */
function descriptorLength(zip: Buffer, at: number): number {
  return zip.readUInt32LE(at) === 0x08074b50 ? 16 : 12;
}

/**
 * The entries of a zip, in the order of its central directory. Zip64 (parts of 4 GB, 65,535 parts) is refused: no
 * workbook needs it, and ExcelJS's writer never makes it.
 */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  if (count === 0xffff || zip.readUInt32LE(end + 16) === ZIP64) throw new Error("zip64 is not read");
  const entries: ZipEntry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error("not a zip: bad central directory");
    const flags = zip.readUInt16LE(at + 8);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const centralLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    if ([compressedSize, zip.readUInt32LE(at + 24), offset].includes(ZIP64)) throw new Error("zip64 is not read");
    if (zip.readUInt32LE(offset) !== LOCAL_HEADER) throw new Error("not a zip: bad local header");
    const dataStart = 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const dataEnd = offset + dataStart + compressedSize;
    const localEnd = flags & HAS_DESCRIPTOR ? dataEnd + descriptorLength(zip, dataEnd) : dataEnd;
    entries.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      flags,
      compressedSize,
      size: zip.readUInt32LE(at + 24),
      central: zip.subarray(at, at + centralLength),
      local: zip.subarray(offset, localEnd),
      dataStart,
    });
    at += centralLength;
  }
  return entries;
}

/** The data of each stored entry of a zip, by name: the parts of a zip as `deflateZip` takes it. */
export function storedParts(zip: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of zipEntries(zip))
    if (entry.method === STORED && !(entry.flags & HAS_DESCRIPTOR))
      parts.set(entry.name, entry.local.subarray(entry.dataStart));
  return parts;
}

type Rewritten = { readonly local: Buffer; readonly central: Buffer };

/** An entry rewritten around new data (stored or deflated, of `size` bytes, this CRC), with no data descriptor. */
function rewrittenEntry(entry: ZipEntry, method: 0 | 8, data: Buffer, crc: number, size: number): Rewritten {
  const header = Buffer.from(entry.local.subarray(0, entry.dataStart));
  header.writeUInt16LE(VERSION_NEEDED[method], 4);
  header.writeUInt16LE(entry.flags & ~HAS_DESCRIPTOR, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(size, 22);
  const central = Buffer.from(entry.central);
  central.writeUInt16LE(VERSION_NEEDED[method], 6);
  central.writeUInt16LE(entry.flags & ~HAS_DESCRIPTOR, 8);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  return { local: Buffer.concat([header, data]), central };
}

/** An entry as it is. */
const copied = (entry: ZipEntry): Rewritten => ({ local: entry.local, central: Buffer.from(entry.central) });

/** An entry's CRC-32, as its central record has it. */
const crcOf = (entry: ZipEntry): number => entry.central.readUInt32LE(16);

/** A zip of these entries, in this order. */
function zipOf(entries: readonly Rewritten[]): Buffer {
  let offset = 0;
  for (const entry of entries) {
    entry.central.writeUInt32LE(offset, 42);
    offset += entry.local.length;
  }
  const centralSize = entries.reduce((sum, entry) => sum + entry.central.length, 0);
  const end = Buffer.alloc(END_RECORD_LENGTH);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...entries.map((entry) => entry.local), ...entries.map((entry) => entry.central), end]);
}

/** A part's bytes, whole or in pieces (the parts the host lays out itself come in pieces, never joined). */
export type PartBytes = Buffer | readonly Buffer[];

/** The most bytes deflated in one go. */
const PIECE = 1 << 20;

/**
 * How each piece is deflated: level 4 takes half the time of zlib's default 6 for about 3 % more bytes (measured on
 * a filled 100,000-row workbook: 97 MB of parts, 337 against 725 ms, 9.6 against 9.3 MB), and a reviewer waits on
 * the time, not on the bytes. Each piece ends on a byte boundary (see deflatePieces).
 */
const PIECE_OPTIONS = { level: 4, finishFlush: constants.Z_SYNC_FLUSH };
/** The deflate stream's last block, empty: what ends a stream made of sync-flushed pieces. */
const STREAM_END = Buffer.from([0x03, 0x00]);

/** The bytes in pieces of at most PIECE bytes: views, not copies (a piece small enough is itself). */
function piecesOf(bytes: PartBytes): Buffer[] {
  const pieces: Buffer[] = [];
  for (const whole of Buffer.isBuffer(bytes) ? [bytes] : bytes) {
    if (whole.length <= PIECE) pieces.push(whole);
    else for (let at = 0; at < whole.length; at += PIECE) pieces.push(whole.subarray(at, at + PIECE));
  }
  return pieces;
}

/**
 * Deflating begun ahead of `deflateZip`, which awaits it; should the save fail before that, its failure must not end
 * the process as an unhandled rejection.
 */
function begun(deflating: Promise<Buffer>): Promise<Buffer> {
  deflating.catch(() => undefined);
  return deflating;
}

/** Pieces whose deflating `deflateEarly` started, by the piece itself. */
const started = new WeakMap<Buffer, Promise<Buffer>>();

/**
 * Starts deflating a piece of a part the host is still writing, on the thread pool: a 100,000-row sheet is then
 * compressed on the other core while the rest of it is laid out. `deflateZip` picks the result up by the piece.
 */
export function deflateEarly(piece: Buffer): void {
  if (piece.length > 0 && piece.length <= PIECE && !started.has(piece))
    started.set(piece, begun(deflate(piece, PIECE_OPTIONS)));
}

/**
 * One raw deflate stream of the bytes, its pieces deflated at once on the thread pool: each piece's deflate ends on
 * a byte boundary (a sync flush), and an empty last block ends the stream, so the outputs joined are one valid
 * stream, and a sheet of tens of megabytes is compressed on every core instead of one. A piece cannot refer back
 * into the one before it, which costs a megabyte-sized piece well under a percent of compression.
 */
async function deflatePieces(bytes: PartBytes): Promise<Buffer> {
  const deflated = await Promise.all(
    piecesOf(bytes).map((piece) => started.get(piece) ?? deflate(piece, PIECE_OPTIONS)),
  );
  return Buffer.concat([...deflated, STREAM_END]);
}

/** A stored part `deflateZip` can deflate: not empty (a folder), with its sizes in its header. */
const isDeflatable = (entry: ZipEntry): boolean =>
  entry.method === STORED && entry.size > 0 && !(entry.flags & HAS_DESCRIPTOR);

/** Parts whose deflating `startDeflating` started, by the zip and the part's name. */
const startedParts = new WeakMap<Buffer, Map<string, Promise<Buffer>>>();

/**
 * Starts deflating the zip's stored parts that `take` accepts, on the thread pool, for `deflateZip` to pick up: the
 * parts ExcelJS wrote are then compressed on the other core while the host lays out the sheets it built.
 */
export function startDeflating(zip: Buffer, take: (name: string) => boolean): void {
  const started = startedParts.get(zip) ?? new Map<string, Promise<Buffer>>();
  startedParts.set(zip, started);
  for (const entry of zipEntries(zip)) {
    if (!isDeflatable(entry) || !take(entry.name) || started.has(entry.name)) continue;
    started.set(entry.name, begun(deflatePieces(entry.local.subarray(entry.dataStart))));
  }
}

/** CRC-32 and length of the bytes, piece by piece. */
function checksum(bytes: PartBytes): { crc: number; size: number } {
  let crc = 0;
  let size = 0;
  for (const piece of Buffer.isBuffer(bytes) ? [bytes] : bytes) {
    crc = crc32(piece, crc);
    size += piece.length;
  }
  return { crc: crc >>> 0, size };
}

/**
 * The zip with each stored, non-empty entry deflated, and the parts named in `replacements` given their new bytes
 * (each must be a stored part of the zip), or left out when that is null; entries already compressed, empty ones
 * (folders) and ones followed by a data descriptor are copied as they are.
 */
export async function deflateZip(
  zip: Buffer,
  replacements: ReadonlyMap<string, PartBytes | null> = new Map(),
): Promise<Buffer> {
  const all = zipEntries(zip);
  const missing = [...replacements.keys()].filter((name) => !all.some((entry) => entry.name === name));
  if (missing.length > 0) throw new Error(`no part to replace: ${missing.join(", ")}`);
  const kept = all.filter((entry) => replacements.get(entry.name) !== null);
  const entries = await Promise.all(
    kept.map(async (entry) => {
      const replacement = replacements.get(entry.name);
      const deflatable = isDeflatable(entry);
      if (!deflatable && !replacement) return copied(entry);
      if (!deflatable) throw new Error(`part ${entry.name} is not stored`);
      if (!replacement) {
        const data = entry.local.subarray(entry.dataStart);
        const deflated = await (startedParts.get(zip)?.get(entry.name) ?? deflatePieces(data));
        return rewrittenEntry(entry, DEFLATED, deflated, crcOf(entry), data.length);
      }
      const { crc, size } = checksum(replacement);
      return rewrittenEntry(entry, DEFLATED, await deflatePieces(replacement), crc, size);
    }),
  );
  return zipOf(entries);
}

/**
 * The zip with each deflated entry inflated and stored. Throws on what it does not read (zip64, encryption, other
 * methods, a size that does not match): the caller then leaves the zip to ExcelJS as it is.
 */
export async function inflateZip(zip: Buffer): Promise<Buffer> {
  const entries = await Promise.all(
    zipEntries(zip).map(async (entry) => {
      if (entry.flags & ENCRYPTED) throw new Error(`part ${entry.name} is encrypted`);
      if (entry.method === STORED && !(entry.flags & HAS_DESCRIPTOR)) return copied(entry);
      const data = entry.local.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      if (entry.method === STORED) return rewrittenEntry(entry, STORED, data, crcOf(entry), data.length);
      if (entry.method !== DEFLATED) throw new Error(`part ${entry.name} is compressed by method ${entry.method}`);
      const inflated = await inflate(data);
      if (inflated.length !== entry.size) throw new Error(`part ${entry.name} does not have its size`);
      return rewrittenEntry(entry, STORED, inflated, crcOf(entry), inflated.length);
    }),
  );
  return zipOf(entries);
}
