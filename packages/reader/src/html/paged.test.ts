import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';

const SENTENCE = 'Refrigeration is the largest cost of our harbour warehouses, and electricity prices rose in every market we serve. ';
const prose = (n: number) => `<P STYLE="margin-top:6pt">${SENTENCE.repeat(n)}</P>`;
const BREAK = '<P STYLE="page-break-before:always"><A HREF="#toc">Table of Contents</A></P>';
const filing = (first: string) => `<HTML><BODY>${first}${BREAK}
<P ALIGN="CENTER"><A NAME="toc"></A><B>TABLE OF CONTENTS</B></P><TABLE><TR><TD>Item 1.</TD><TD><A HREF="#i1">Business</A></TD><TD>3</TD></TR>
<TR><TD>Item 1A.</TD><TD><A HREF="#i1a">Risk Factors</A></TD><TD>12</TD></TR></TABLE><P ALIGN="CENTER">2</P>${BREAK}
<P><B>Item 1A. Risk Factors</B></P>${prose(2)}${prose(3)}<P ALIGN="CENTER">14</P></BODY></HTML>`;

describe('a document set as printed pages (paged.ts, round 15)', () => {
  it('drops the cover and contents pages before the first page of prose (an EDGAR 10-K), keeps the text', () => {
    const cover = '<P ALIGN="CENTER"><B>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</B></P><P ALIGN="CENTER">Washington, D.C. 20549</P>';
    const text = norm(extractArticle(filing(cover)).text);
    expect(text).not.toMatch(/securities and exchange|washington|table of contents|business|\bitem 1\.\s/);
    expect(text).toContain('refrigeration is the largest cost of our harbour warehouses');
  });

  it('keeps a first page that holds prose, and every page after it', () => {
    const text = norm(extractArticle(filing(prose(2))).text);
    expect(text.split('refrigeration is the largest cost').length - 1).toBe(7);
  });
});

describe('attribute names in capitals (parse-linkedom.ts, round 15)', () => {
  it('reads <P STYLE=...> and <TD ALIGN=...> as a browser does: names lower-cased, values kept', () => {
    const doc = parseDocument('<HTML><BODY><P STYLE="page-break-before:always" Class="Note">x</P><TD ALIGN="RIGHT">1</TD></BODY></HTML>');
    const p = doc.querySelectorAll('[style]')[0];
    expect(p?.getAttribute('style')).toBe('page-break-before:always');
    expect(p?.getAttribute('class')).toBe('Note');
    expect(doc.querySelectorAll('[STYLE]').length).toBe(1);
  });
});
