import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';

/** Three English sentences: the text every hostile encoding or format carries. */
export const STORY =
  'The council voted on Tuesday to spend the money over six years. Engineers will take out the concrete lining and rebuild the banks ' +
  'with native plants. Biologists expect fish and birds to come back within a few years.';

export const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** UTF-16 big-endian bytes (Node has only the little-endian codec). */
export function utf16be(s: string): Buffer {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return b;
}

/** UTF-32 bytes, either byte order. */
export function utf32(s: string, littleEndian: boolean): Buffer {
  const points = Array.from(s, (c) => c.codePointAt(0) ?? 0);
  const b = Buffer.alloc(4 * points.length);
  points.forEach((p, i) => (littleEndian ? b.writeUInt32LE(p, 4 * i) : b.writeUInt32BE(p, 4 * i)));
  return b;
}

/** A one-page PDF with `text` drawn in Helvetica (its first 90 characters per line). */
export async function textPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  for (let i = 0, y = 780; i < text.length; i += 90, y -= 14) page.drawText(text.slice(i, i + 90), { x: 40, y, size: 10, font });
  return doc.save({ useObjectStreams: false });
}

/**
 * `textPdf` with a password: an incremental update adds a Standard security handler whose
 * user-password hash matches no password, so a reader cannot open it without one.
 */
export async function passwordPdf(text: string): Promise<Uint8Array> {
  const base = Buffer.from(await textPdf(text)).toString('latin1');
  const prev = /startxref\s+(\d+)/.exec(base)?.[1];
  const root = /\/Root (\d+ 0 R)/.exec(base)?.[1];
  if (prev === undefined || root === undefined) throw new Error('pdf-lib wrote no classic trailer');
  const hash = 'ab'.repeat(32);
  const obj = `99 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <${hash}> /U <${hash}> /P -4 >>\nendobj\n`;
  const objAt = base.length + 1;
  const id = '0123456789abcdef'.repeat(2);
  const update =
    `\n${obj}xref\n0 1\n0000000000 65535 f \n99 1\n${String(objAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size 100 /Root ${root} /Encrypt 99 0 R /ID [<${id}> <${id}>] /Prev ${prev} >>\nstartxref\n${objAt + obj.length}\n%%EOF\n`;
  return Buffer.from(base + update, 'latin1');
}

/** A one-page PDF that opens, but whose page content claims FlateDecode and is not deflate data. */
export async function damagedPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const junk = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode' }), Buffer.from('x\x9cgarbage-not-deflate-data'.repeat(10), 'latin1'));
  page.node.set(PDFName.of('Contents'), doc.context.register(junk));
  return doc.save();
}

/** A zip of the given files (stored, as EPUB's mimetype must be). */
export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}
