import { splitSentences } from '@vecsum/embeddings';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { makeDocx } from '../test-support/make-docx.js';

describe('readDocument on a .docx built in the test', async () => {
  const body = [
    'The library will open on Sundays from April, for a trial of six months.',
    'Visitor numbers on Saturdays have doubled since the new reading room opened, and many people asked for a second day at the weekend.',
    'The trial will be paid for by moving two weekday evening hours, when the building is almost empty.',
  ];
  const bytes = await makeDocx([
    { text: 'Sunday opening', style: 'Heading1' },
    { text: body[0]! },
    { text: 'Why Sundays', style: 'Heading2' },
    ...body.slice(1).map((text) => ({ text })),
  ]);
  const doc = await readDocument(bytes, { fileName: 'notes.bin' });

  it('is recognised as DOCX by its content (a zip holding word/document.xml), whatever its name', () => {
    expect(doc.format).toBe('docx');
  });

  it('keeps Word headings as Markdown headings and paragraphs as paragraphs', () => {
    expect(doc.title).toBe('Sunday opening');
    expect(doc.text).toBe(`# Sunday opening\n\n${body[0]}\n\n## Why Sundays\n\n${body.slice(1).join('\n\n')}`);
    const sentences = splitSentences(doc.text);
    expect(sentences.filter((s) => s.heading === true).map((s) => s.text)).toEqual(['Sunday opening', 'Why Sundays']);
    expect(sentences.filter((s) => s.heading !== true).map((s) => s.text)).toEqual(body);
  });

  it('refuses a damaged .docx with INVALID_DOCX', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('word/document.xml'), Buffer.alloc(64)]);
    await expect(readDocument(broken)).rejects.toMatchObject({ code: 'INVALID_DOCX' });
  });
});
