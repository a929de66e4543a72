import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);
const wrap = (s: string): string => s.replace(/(.{1,70})(?:\s+|$)/g, '$1\n').trim();

describe('mail messages (prose-pre.ts, mail.ts)', () => {
  const own = [
    'The stone for the new wall came from the quarry at Penryn, and it arrived three weeks late because of the storms.',
    'We set the last course in April. The harbour master thinks the basin will stay calm even in a north-easterly gale.',
  ];
  const message = [
    'On 10/03/2025 21:05, Owen Pryce wrote:',
    '> Does anyone know when the wall will be finished?',
    '',
    ...own.flatMap((p) => [wrap(p), '']),
    'Marion',
    '(plot 14, Fernleigh Road)',
    '-- ',
    'Harbour users list',
  ].join('\n');

  it('reads a <pre> of wrapped prose as paragraphs, without the quote, its "wrote:" line, the sign-off and the signature', () => {
    const text = read(`<pre>${message}</pre>`);
    for (const p of own) expect(text).toContain(norm(p));
    expect(text).not.toMatch(/wrote|finished\?|marion|plot 14|users list/);
  });

  it('reads a mail <pre> whose "wrote:" line is longer than a wrapped line (a mail client\'s, with the address; round 21)', () => {
    const long = message.replace(
      'On 10/03/2025 21:05, Owen Pryce wrote:',
      'On Tue, Mar 4, 2025 at 9:12 AM Owen Pryce &lt;owen.pryce at harbourmasters-association.example&gt; wrote:',
    );
    const text = read(`<pre>${long}</pre>`);
    for (const p of own) expect(text).toContain(norm(p));
    expect(text).not.toMatch(/wrote|finished\?/);
  });

  it('keeps a <pre> of code out, and a <pre> in a code wrapper', () => {
    const code = 'const wall = build({ stone: "penryn" });\nif (wall.done) { open(); }\nfor (const b of boats) { moor(b); }\n'.repeat(3);
    expect(read(`<pre>${code}</pre>`)).not.toContain('penryn');
    expect(read(`<div class="highlight"><pre>${message}</pre></div>`)).not.toContain('three weeks late');
  });

  it('drops an archived message sender line (name, address, date) and a mailing list footer', () => {
    const header = '<b>Marion Teague</b> <a href="mailto:list@example.org">marion.teague at fernleigh.example</a><br><i>Tue Mar 11 09:42:17 GMT 2025</i>';
    const footer = '<p><a href="https://lists.example.org/">More information about the Harbour-l mailing list</a></p>';
    const text = read(`<p>${header}</p>${footer}<div>You received this message because you are subscribed to the Google Groups "Harbour" group.</div>`);
    expect(text).not.toMatch(/marion|fernleigh|09:42|mailing list|subscribed/);
    expect(text).toContain('harbour wall was rebuilt');
  });

  it('drops the sender heading of each message of a group conversation (a name beside a date), and keeps a section heading', () => {
    const msg = (name: string, date: string) =>
      `<div class="m"><div class="h"><span><h3>${name}</h3></span><span>${date}</span></div><p>The basin was dredged before the boats came back.</p></div>`;
    const text = read(`${msg('Elspeth Varga', 'Feb 18, 2025, 8:14:03 PM')}${msg('Dmitri Loukas', 'Feb 18, 2025, 9:02:47 PM')}<h3>Boat Repairs</h3>`);
    expect(text).not.toMatch(/elspeth|dmitri/);
    expect(text).toContain('boat repairs');
  });
});

describe('wrapper chains (wrappers.ts)', () => {
  const pot = 'Each pot sits on small wads of clay mixed with alumina so that it will not fuse to the shelf in the heat. ';
  const runs = [
    ['The kiln eats four cords of wood over a firing.', 'Loading takes two full days.', 'I used to draw a map of the load.', 'I stopped.'],
    ['The firing itself is a rota of six people in four-hour shifts.', 'It takes three days to cool.'],
  ].map((run) => run.map((s) => `${s} ${pot.repeat(2)}`));
  const block = (ps: string[]) =>
    `<div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`;
  const image = '<div class="sqs-block image-block"><div class="sqs-block-content"><img src="k.jpg" alt=""></div></div>';

  it('reads every run of paragraphs a page builder wrapped in its own block chain', () => {
    const html = `<html><head><title>Kiln</title></head><body><main><article><h1>What the kiln decides</h1>
<div class="content-wrapper"><div class="content"><div class="sqs-layout"><div class="row"><div class="col">
${block(runs[0] ?? [])}${image}${block(runs[1] ?? [])}</div></div></div></div></div></article></main></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('four cords of wood');
    // Readability alone keeps the first run only
    expect(text).toContain('rota of six people');
  });

  it('round 31: drops a newsletter’s footer lines in the browser, and keeps a sentence about unsubscribing', () => {
    const footer =
      '<p>You’re receiving this email because you signed up at harbour.example or bought a ticket from us.</p>' +
      '<p>No longer want to receive these emails? <a href="/u">Unsubscribe</a>. <a href="/p">Manage preferences</a></p>';
    expect(read(footer)).not.toMatch(/receiving this email|unsubscribe|manage preferences/);
    expect(read('<p>Readers who unsubscribe from the harbour newsletter can still read the minutes online.</p>')).toContain('who unsubscribe');
  });
});

describe("a public-inbox message's <pre> (round 38, batch 44's lore.kernel.org page)", () => {
  it('reads a message whose <pre> opens with its headers (addresses in angle brackets, a long Cc line), without the headers', () => {
    const body = [
      'I like the principle, but a fixed week will read as a rule, and people will then argue about whether a late report counts.',
      'Patch 3 is fine as it is. Please mention that the tag should point to the report on the archive, not to the dashboard.',
    ];
    const pre = `<pre id="b">From: Marek Vrana &lt;marek.vrana@example.cz&gt;
To: Lena Hofmann &lt;lena.hofmann@example.de&gt;
Cc: linux-doc@vger.kernel.org, workflows@vger.kernel.org, Tomasz Wierzba &lt;tomasz.wierzba@example.pl&gt;
Subject: Re: [RFC PATCH 0/3] docs: process: add guidance for replying to bisection reports
Date: Wed, 12 Mar 2025 10:41:22 +0100

${body.map(wrap).join('\n\n')}

Acked-by: Marek Vrana &lt;marek.vrana@example.cz&gt;
</pre>`;
    const text = norm(extractArticle(`<html><head><title>Re: docs - Marek Vrana</title></head><body>${pre}</body></html>`).text);
    for (const p of body) expect(text).toContain(norm(p));
    expect(text).not.toMatch(/tomasz\.wierzba@|acked-by|marek\.vrana@/);
  });
});

describe("a mail archive's header list and signature attachment (round 40, batch 50's MHonArc page)", () => {
  it('drops a list of mail headers, one to an item, and the PGP signature attachment, and keeps a list of sentences', () => {
    const MESSAGE = 'We set the last course of the wall in April. The harbour master thinks the basin will stay calm in a gale.';
    const headers = ['To: debian-devel@lists.debian.org', 'Subject: Re: dropping i386', 'Date: Wed, 12 Feb 2025 10:37:05 +0100']
      .concat(['Message-id: &lt;Z6xr0YbQw3Lk@hollin.example&gt;', 'In-reply-to: &lt;87o6z2wq1v.fsf@lindqvist.example&gt;'])
      .map((h) => `<li><em>${h.split(':')[0]}</em>:${h.slice(h.indexOf(':') + 1)}</li>`);
    const facts = ['<li>To: the harbour board, who approved the plan in March.</li>', '<li>Date: the wall reopens on the first of June.</li>'];
    const text = read(`<ul>${headers.join('')}</ul><pre>${wrap(MESSAGE)}</pre>
<p><strong>Attachment: <a href="x.pgp"><tt>signature.asc</tt></a></strong><br><em>Description:</em> PGP signature</p><ul>${facts.join('')}</ul>`);
    expect(text).not.toMatch(/message-id|in-reply-to|signature\.asc|pgp signature|dropping i386/);
    expect(text).toContain('the harbour board, who approved the plan');
  });
});
