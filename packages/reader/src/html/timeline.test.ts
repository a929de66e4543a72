import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { findTimeline } from './timeline.js';

/** An update row as Atlassian Statuspage renders an incident: the status word, the text, the "Posted" stamp. */
const update = (label: string, text: string, when: string): string =>
  `<div class="row update-row"><div class="update-title span3 font-large">${label}</div><div class="update-body span9">` +
  `<span class="whitespace-pre-wrap">${text}</span><div class="update-timestamp font-small color-secondary">Posted ${when} UTC</div></div></div>`;
const postmortem = [
  'On Tuesday morning the primary database of the billing service ran out of disk space after a log table grew far faster than planned.',
  'Writes failed for forty minutes, so invoices queued in the app and were sent once the volume had been resized and the table trimmed.',
  'We now alert when any volume passes seventy percent, and the log table is rotated every day rather than every week as it was before.',
];
const statusHtml = (extra = ''): string => `<html><head><title>Ledgerly Status - Invoices delayed by a full database volume</title></head>
<body><div class="container"><div class="page-title"><div class="incident-name">Invoices delayed by a full database volume</div>
<div class="subheader">Incident Report for <a href="/">Ledgerly</a></div></div><div class="incident-updates-container">
<div class="row update-row"><div class="update-title">Postmortem</div><div class="update-body"><div class="postmortem-body">
${postmortem.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="update-timestamp">Posted 2 days ago. Mar 06, 2025 - 15:00 UTC</div></div></div>
${update('Resolved', 'This incident has been resolved and every queued invoice has now been sent to its customer.', 'Mar 04, 2025 - 10:40')}
${update('Monitoring', 'The volume has been resized and queued invoices are being sent; we are watching the error rate closely.', 'Mar 04, 2025 - 10:05')}
${update('Investigating', 'We are investigating failed invoice sends for some customers and will post an update within the hour.', 'Mar 04, 2025 - 09:31')}
${extra}
<div class="row components-affected">This incident affected: Invoicing API and Email Delivery.</div></div></div></body></html>`;

describe('a timeline of dated updates (timeline.ts)', () => {
  it("reads every update of a status page's incident in order, not only the postmortem Readability picks", () => {
    const out = extractArticle(statusHtml());
    const text = norm(out.text);
    expect(out.title).toBe('Invoices delayed by a full database volume');
    const order = ['ran out of disk space', 'has been resolved', 'volume has been resized', 'we are investigating failed'].map((w) => text.indexOf(w));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(text).not.toContain('this incident affected');
    expect(text).not.toContain('posted 2 days ago');
  });

  it('leaves a column of posts with their authors (a forum thread) to the thread rules', () => {
    const posts = ['Ann', 'Ben', 'Cy'].map(
      (who, i) =>
        `<div class="message"><div class="message-user"><a class="username">${who}</a></div><div class="message-main">` +
        `<time datetime="2025-03-0${i + 1}">Mar ${i + 1}</time><p>${postmortem[i]}</p><div class="message-userExtras">Messages 1,20${i}</div></div></div>`,
    );
    const body = `<h1>Disk alerts</h1><div class="block-body">${posts.join('\n')}</div>`;
    const html = `<html><head><title>Disk alerts - Forum</title></head><body>${body}</body></html>`;
    expect(findTimeline(parseDocument(html))).toBeUndefined();
    // the same rows without their posters' names are a timeline
    const unsigned = html.replace(/<div class="message-user">.*?<\/div>|<div class="message-userExtras">.*?<\/div>/g, '');
    expect(findTimeline(parseDocument(unsigned))?.rows.length).toBe(3);
  });

  it("keeps a first entry of the rows' kind whose text ends without a stop (a Threads post's opening; round 27)", () => {
    const post = (text: string, i: number) =>
      `<div class="x78zum5 xdt5ytf"><a href="/@tilly">tilly</a><time datetime="2026-03-01T18:4${i}:10Z">2d</time><div><span>${text}</span></div></div>`;
    const texts = ['A year ago today we opened a secondhand bookshop on a side street with almost no passing trade. Here is what happened 🧵', ...postmortem];
    const html = `<html><head><title>tilly on Threads</title></head><body><div role="region">${texts.map(post).join('\n')}</div></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('a year ago today we opened a secondhand bookshop');
    expect(text).toContain('ran out of disk space');
  });
});
