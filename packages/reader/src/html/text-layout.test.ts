import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { isRunningLine, layoutBlocks } from './text-layout.js';

/** `text` wrapped to `width` columns after `indent` spaces, as plain-text documents are. */
const wrap = (text: string, indent: number, width = 72): string =>
  (text.match(new RegExp(`.{1,${width - indent}}(?:\\s+|$)`, 'g')) ?? []).map((l) => ' '.repeat(indent) + l.trim()).join('\n');

const duty =
  'A sender should assign each message an urgency class when the message is created, not when it is delivered. ' +
  'Two classes are enough for most systems, and deferrable messages are held until quiet hours end.';
const burst = 'When quiet hours end, deferred messages should be delivered as one summary rather than as a burst of notifications.';

describe('plain-text layout (text-layout.ts)', () => {
  it('tells running headers and footers of RFCs and man pages from text', () => {
    expect(isRunningLine('Ferreira & Lund                Informational                     [Page 3]')).toBe(true);
    expect(isRunningLine('RFC 9901        Quiet Hours for Automated Notifications          March 2025')).toBe(true);
    expect(isRunningLine('TIDYHIST(1)                      User Commands                     TIDYHIST(1)')).toBe(true);
    expect(isRunningLine('histkit 1.8                       2024-10-30                      TIDYHIST(1)')).toBe(true);
    expect(isRunningLine('   Two classes are enough for most systems, see page 3.')).toBe(false);
  });

  it('reads paragraphs and outdented headings, and leaves out a column header, leaders, boilerplate sections and commands', () => {
    const text = [
      'Independent Submission                                       A. Ferreira',
      'Request for Comments: 9901                                       Quietwell',
      '                                                                March 2025',
      '',
      'Status of This Memo',
      '',
      wrap('This memo is published for information only and does not specify an Internet standard of any kind.', 3),
      '',
      'Table of Contents',
      '',
      '   1.  Recommendations . . . . . . . . . . . . . . . . . . . . . .   3',
      '',
      'Recommendations',
      '',
      wrap(duty, 3),
      '',
      '       $ notify --defer 8h',
      '',
      wrap(burst, 3),
    ].join('\n');
    const blocks = layoutBlocks(text);
    expect(blocks).toEqual([
      { level: 2, text: 'Table of Contents' },
      { level: 2, text: 'Recommendations' },
      { level: 0, text: duty },
      { level: 0, text: burst },
    ]);
  });
});

describe('documents set in <pre> (prose-pre.ts)', () => {
  it('reads a man page: indented sections, hanging option texts, no synopsis, example command or running lines', () => {
    const section = (name: string, body: string) => `<h2>${name}</h2><pre>\n${body}\n</pre>`;
    const html = `<html><head><title>notify(1) - Linux manual page</title></head><body>
<pre><span class="headline">NOTIFY(1)                        User Commands                       NOTIFY(1)</span></pre>
${section('NAME', '       <b>notify</b> - send a message when quiet hours allow')}
${section('SYNOPSIS', '       <b>notify</b> [<i>OPTION</i>]... <i>MESSAGE</i>')}
${section('DESCRIPTION', wrap(duty, 7, 80))}
${section('OPTIONS', `       <b>-d</b>, <b>--defer</b>=<i>HOURS</i>\n${wrap(burst, 14, 80)}\n\n       <b>-q</b>, <b>--quiet</b>\n${wrap(duty, 14, 80)}`)}
${section('EXAMPLES', `${wrap('Hold a message for eight hours, then print the summary:', 7, 80)}\n\n           $ notify --defer 8 "Backup done"`)}
<pre><span class="footline">notify 2.1                        2024-10-30                         NOTIFY(1)</span></pre></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const p of [duty, `-d, --defer=HOURS ${burst}`, 'Hold a message for eight hours, then print the summary:']) expect(text).toContain(norm(p));
    expect(text).toContain(norm('notify - send a message when quiet hours allow'));
    expect(text).not.toMatch(/option\W+message|backup done|user commands|2024/);
  });

  it('reads an RFC in paged <pre>s: marked headings, the title, a paragraph across a page break, no header block or boilerplate', () => {
    const footer = '<span class="grey">Ferreira &amp; Lund                Informational                     [Page 1]</span>';
    const header = '<span class="grey">RFC 9901        Quiet Hours for Automated Notifications          March 2025</span>';
    const html = `<html><head><title>RFC 9901: Quiet Hours</title></head><body><pre>Independent Submission                                       A. Ferreira
Request for Comments: 9901                                       Quietwell
                                                                March 2025

<span class="h1">Quiet Hours for Automated Notification Systems</span>

Copyright Notice

${wrap('Copyright (c) 2025 IETF Trust and the persons named as the document authors. All rights reserved.', 3)}

<span class="h2"><a class="selflink" href="#section-1">1</a>.  Recommendations</span>

${wrap(duty, 3)}

${footer}</pre><pre class="newpage">${header}

${wrap(burst, 3)}
</pre></body></html>`;
    const article = extractArticle(html);
    const text = norm(article.text);
    expect(article.title).toBe('Quiet Hours for Automated Notification Systems');
    expect(article.text).toContain('## 1. Recommendations');
    for (const p of [duty, burst]) expect(text).toContain(norm(p));
    expect(text).not.toMatch(/independent submission|ferreira|copyright|page 1|march 2025/);
  });

  it('reads a bug: comments in <pre> (a long unwrapped line, a one-line reply) without attachment notes or reply headers', () => {
    const comment = (i: number, body: string) => `<div class="bz_comment" id="c${i}"><pre class="bz_comment_text">${body}</pre></div>`;
    const first =
      'Created <a href="attachment.cgi?id=9">attachment 9</a> <a href="#">[details]</a>\nSample document\n\n' +
      `When a page is landscape, printing it to PDF crops about 2 cm off the right-hand side; portrait pages are fine.\n\n${wrap(duty, 0)}`;
    const reply = '(In reply to Oskar from comment #1)\n&gt; the page size before rotation\n\nThat explains why my small pages were fine.';
    const html = `<html><head><title>482 – Printing crops the margin</title></head><body><h1>Printing crops the margin</h1>
${comment(0, first)}${comment(1, 'Confirmed with current main on Fedora 41; it does not happen with fitting off.')}${comment(2, reply)}</body></html>`;
    const text = norm(extractArticle(html).text);
    for (const p of ['crops about 2 cm off the right-hand side', 'Confirmed with current main', 'That explains why', duty]) expect(text).toContain(norm(p));
    expect(text).not.toMatch(/created attachment|sample document|in reply to|before rotation/);
  });
});
