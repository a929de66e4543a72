/**
 * The PDF corpus: documents typeset by real producers (pdfTeX, groff, Chromium's printer) from sources
 * written to the shape of real papers, reports, printed web pages, memos and manuals, each with its gold
 * (`NAME.gold.json` beside `NAME.pdf` and its source, under `pdfs/BATCH/`), and the sentence-level score
 * of a reading against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '@vecsum/embeddings';

export interface PdfGold {
  /** pdflatex, groff or chromium. */
  producer: string;
  /** What the document is shaped like ("two-column conference paper, article class, fancyhdr"). */
  template: string;
  title: string;
  /** Section headings, in order, as printed (numbers included). */
  headings: string[];
  /** Body paragraphs and list items of the main text, in reading order, as printed (a paragraph split by a page or column is one entry). */
  body: string[];
  /** Running headers and footers, page numbers, stamps and banners: text that must never be read as the document's. */
  furniture: string[];
  /** The document's own text that is not body prose (author block, captions, footnotes, tables, equations, references, code): not scored. */
  other: string[];
}

export interface PdfDoc extends PdfGold {
  batch: string;
  name: string;
  bytes: Uint8Array;
}

export const PDF_CORPUS_DIR = join(import.meta.dirname, 'pdfs');

/** Every document of the given batches (all batches when none are given), in name order. */
export function loadPdfCorpus(batches?: readonly string[]): PdfDoc[] {
  const all = readdirSync(PDF_CORPUS_DIR)
    .filter((b) => !b.includes('.'))
    .sort();
  const out: PdfDoc[] = [];
  for (const batch of batches ?? all) {
    const dir = join(PDF_CORPUS_DIR, batch);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.gold.json')) continue;
      const name = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PdfGold;
      out.push({ ...gold, batch, name, bytes: new Uint8Array(readFileSync(join(dir, `${name}.pdf`))) });
    }
  }
  return out;
}

/**
 * Text as compared: ligatures and compatibility forms folded (NFKC), curly quotes straight, dashes and minus
 * signs as "-", soft hyphens out, white space collapsed.
 */
export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PdfScore {
  /** Share of the gold body's sentences the reading holds, word for word. */
  recall: number;
  /** Share of the reading's sentences (headings and the document's other text aside) that are body sentences. */
  precision: number;
  /** Share of the gold headings read as heading lines. */
  headings: number;
  /** Share of adjacent matched sentences read in the gold's order. */
  order: number;
  /** Furniture texts found in the reading (more often than the document's own text holds them). */
  leaked: string[];
  /** Gold body sentences the reading does not hold. */
  missing: string[];
  /** Sentences of the reading that are neither body, heading nor the document's other text. */
  wrong: string[];
}

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => norm(s.text));
const count = (hay: string, needle: string): number => (needle === '' ? 0 : hay.split(needle).length - 1);

/** The score of a reading (Markdown-shaped text: "#" lines are headings) against a document's gold. */
export function scorePdf(doc: PdfGold, text: string): PdfScore {
  const gold = doc.body.flatMap(sentencesOf);
  const lines = text.split('\n');
  const headingLines = new Set(lines.filter((l) => /^#{1,6} /.test(l)).map((l) => norm(l.replace(/^#+ /, ''))));
  const got = sentencesOf(lines.filter((l) => !/^#{1,6} /.test(l)).join('\n'));
  const pool = new Map<string, number[]>();
  gold.forEach((s, i) => pool.set(s, [...(pool.get(s) ?? []), i]));
  const neutral = [doc.title, ...doc.headings, ...doc.other].map(norm);
  const matched: number[] = [];
  const wrong: string[] = [];
  let counted = 0;
  for (const s of got) {
    const at = pool.get(s);
    if (at !== undefined && at.length > 0) {
      matched.push(at.shift()!);
      counted++;
    } else if (!neutral.some((n) => n.includes(s))) {
      wrong.push(s);
      counted++;
    }
  }
  const found = new Set(matched);
  const inOrder = matched.slice(1).filter((g, i) => g > matched[i]!).length;
  const own = norm([doc.title, ...doc.headings, ...doc.body, ...doc.other].join('\n'));
  const all = norm(text);
  const leaked = doc.furniture.filter((f) => {
    const n = norm(f);
    return !/^[\divxlc]*$/i.test(n) && count(all, n) > count(own, n);
  });
  return {
    recall: gold.length === 0 ? 1 : found.size / gold.length,
    precision: counted === 0 ? 1 : matched.length / counted,
    headings: doc.headings.length === 0 ? 1 : doc.headings.filter((h) => headingLines.has(norm(h))).length / doc.headings.length,
    order: matched.length < 2 ? 1 : inOrder / (matched.length - 1),
    leaked,
    missing: gold.filter((_, i) => !found.has(i)),
    wrong,
  };
}

/** What the corpus test holds of a document's score: recall and precision (rounded down to 0.1 %) and the furniture leaked. */
export interface RecordedFigures {
  recall: number;
  precision: number;
  leaked: number;
}

export function recordedFigures(s: PdfScore): RecordedFigures {
  const floor = (x: number) => Math.floor(x * 1000) / 1000;
  return { recall: floor(s.recall), precision: floor(s.precision), leaked: s.leaked.length };
}

/** The figures recorded by `measure-pdfs.ts --record`, by "batch/name". */
export function loadRecordedFigures(): Record<string, RecordedFigures> {
  return JSON.parse(readFileSync(join(PDF_CORPUS_DIR, 'measured.json'), 'utf8')) as Record<string, RecordedFigures>;
}
