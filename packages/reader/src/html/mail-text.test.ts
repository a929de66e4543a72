import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

/** Round 33 (batch 35): mail archives that set a message in HTML, not in a <pre>. */
const wrap = (p: string): string => p.replace(/(.{1,68})(?:\s|$)/g, '$1\n').trim();
const MAIL = [
  'Hi all,',
  'I would like to propose that we stop publishing the 32-bit wheels starting with the next major release of the library.',
  'The job runs under emulation, takes about ninety minutes and has failed for reasons unrelated to our code four times this year.',
  'Cheers, Ines',
];
const REPLY = [
  'Plus one from me. The emulated job is the one I watch nervously on every release day, and nobody has asked for these wheels.',
  'Could we announce it in the release notes of the current series as well, so that people pinning to it are warned in time?',
];

describe('mail text in HTML (prose-pre.ts, mail-signatures.ts, article.ts; round 33)', () => {
  it("reads a box named as a mail's body as a <pre>: its paragraphs, without the folded quote and the signature (HyperKitty)", () => {
    const quote = `<div class="quoted-switch"><a href="#">...</a></div><div class="quoted-text">${wrap(MAIL[1] ?? '')
      .split('\n')
      .map((l) => `&gt; ${l}`)
      .join('\n')}</div>`;
    const body = (text: string) => `<div class="email"><div class="email-body">${text}</div></div>`;
    const html = `<html><body><div class="thread"><h1>Dropping the 32-bit wheels</h1>
${body(MAIL.map(wrap).join('\n\n'))}
${body(`\n\n${quote}\n\n${REPLY.map(wrap).join('\n\n')}\n\n-- \nKwame Mensah\nData lab volunteer, Eastfield School District`)}</div></body></html>`;
    const text = extractArticle(html).text;
    expect(text).toContain(`\n\n${MAIL[0]}\n\n`);
    expect(text).toContain(MAIL[2]);
    for (const p of REPLY) expect(text).toContain(p);
    expect(text.split('stop publishing the 32-bit wheels')).toHaveLength(2);
    expect(text).not.toMatch(/^\.\.\.|data lab volunteer|&gt;|^>/m);
  });

  it('drops a signature after a "-- " line and a list footer after a rule of underscores in a message set with <br>s (Nabble)', () => {
    const footer = '<br>_______________________________________________<br>Harbour-users mailing list<br>harbour-users@lists.example.org';
    const html = `<html><head><title>Harbour - Users - Reprojecting a shapefile shifts everything east</title></head><body>
<div class="breadcrumbs"><a href="/">Harbour</a> › <a href="/users">Harbour - Users</a></div><h1>Reprojecting a shapefile shifts everything east</h1>
<div class="post"><div class="subject">Re: Reprojecting a shapefile shifts everything east</div>\
<div class="message-text">${[...REPLY, ...MAIL.slice(1, 3)].join('<br><br>')}\
<br><br>-- <br>Rolf Achterberg | Harbour steering committee${footer}</div></div></body></html>`;
    const { title, text } = extractArticle(html);
    // the <title> puts the topic last, after the forum's path: the <h1> is the topic, not the site's name
    expect(title).toBe('Reprojecting a shapefile shifts everything east');
    for (const p of [...REPLY, ...MAIL.slice(1, 3)]) expect(text).toContain(p);
    expect(norm(text)).not.toMatch(/mailing list|lists\.example|rolf achterberg|steering committee|re: reprojecting/);
  });
});
