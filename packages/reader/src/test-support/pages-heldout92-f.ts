import { type TestPage, texts } from './page-kit.js';
import { wikisourcePage } from './pages-heldout92-f2.js';

/**
 * Held-out batch 92, file f: a product changelog on a Canny board (the company header with the Feedback / Roadmap /
 * Changelog tabs and "Log in / Sign up", the page heading and description, the label filter, the "Subscribe to updates"
 * box, four updates each with a date, "New" / "Improved" / "Fixed" labels, a title, text and a like count, "Load more" and
 * "Powered by Canny"); and, from file f2, a Wikisource page (a chapter of a transcluded work).
 */
const cnTitle = 'Changelog';
const cnDesc = ['The latest features, improvements and fixes in Ledgerbird.'];
type Entry = { date: string; labels: string[]; title: string; html: string[]; body: string[]; likes: string };
const cnEntries: Entry[] = [];
const add = (date: string, labels: string[], title: string, ps: string[], items: string[], after: string[], likes: string): void => {
  const html = [...ps.map((p) => `<p>${p}</p>`)];
  if (items.length > 0) html.push(`<ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`);
  html.push(...after.map((p) => `<p>${p}</p>`));
  cnEntries.push({ date, labels, title, html, body: texts([...ps, ...items, ...after]), likes });
};
add(
  'March 12, 2025',
  ['New', 'Improved'],
  'Recurring invoices can now end on a date',
  [
    'Until now a recurring invoice ran until you stopped it by hand. You can now choose an end date or a number of invoices when you set up the schedule, ' +
      'and Ledgerbird will stop sending once it is reached.',
    'Existing schedules are unchanged. To add an end date to one of them, open the schedule and choose <strong>Edit schedule</strong>. We also made the ' +
      'schedule screen clearer:',
  ],
  ['The next three send dates are shown before you save.', 'Invoices that would go out on a weekend are flagged, with an option to send on the Friday before.'],
  [],
  '38',
);
add(
  'February 27, 2025',
  ['Fixed'],
  'Fixes for PDF totals and bank feeds',
  ['A round of fixes from the last two weeks, most of them reported by you on the feedback board. Thank you for the detailed reports:'],
  [
    'Invoice PDFs showed the subtotal instead of the total when a discount and VAT were both applied. The amount charged was always correct.',
    'Bank feeds from Harbourside Bank stopped importing on 24 February after a change on the bank’s side. The missing transactions have now been imported.',
    'The client list no longer jumps back to the top after you archive a client.',
  ],
  [],
  '12',
);
add(
  'February 10, 2025',
  ['New'],
  'Payment reminders in Welsh and Irish',
  [
    'Automatic payment reminders can now be sent in Welsh and Irish as well as English. Set the language for each client on the client’s page; invoices ' +
      'and reminders will follow it.',
    'Thanks to everyone on the feedback board who asked for this, and to the two customers who checked our translations.',
  ],
  [],
  [],
  '51',
);
add(
  'January 22, 2025',
  ['Improved', 'Fixed'],
  'Faster search and a calmer dashboard',
  [
    'Search across invoices, clients and expenses now returns results as you type, usually in under a tenth of a second, even on accounts with tens of ' +
      'thousands of invoices.',
    'The dashboard no longer shows overdue totals in red until an invoice is more than seven days late, which several of you told us was causing ' +
      'needless worry.',
  ],
  ['Expense categories with an ampersand in the name can be edited again.', 'Exports to CSV now keep leading zeros in client reference numbers.'],
  [],
  '27',
);
const cnTabs = ['Feedback', 'Roadmap'];
const cnAuth = ['Log in / Sign up'];
const cnFilter = ['All', 'New', 'Improved', 'Fixed'];
const cnSubscribe = ['Subscribe to updates', 'Get an email when we post a new update.', 'Subscribe'];
const cnMore = ['Load more', 'Powered by Canny'];
const cnLabel = (t: string): string =>
  `<div class="changelogEntryLabel changelogEntryLabel-${t.toLowerCase()}" style="background-color:${
    t === 'New' ? '#e4f6ec' : t === 'Fixed' ? '#fdecec' : '#e8effd'
  }">${t}</div>`;
const cnEntry = (
  e: Entry,
  i: number,
): string => `<div class="changelogEntry" data-entry-id="65f0c2a1e4b0${i}"><div class="changelogEntryHeader"><div class="changelogEntryDate">
<time datetime="2025">${e.date}</time></div><div class="changelogEntryLabels">${e.labels.map(cnLabel).join('')}</div></div><a class="changelogEntryTitleLink"
href="/changelog/${e.title.toLowerCase().replace(/[^a-z]+/g, '-')}"><h2 class="changelogEntryTitle">${e.title}</h2></a><div class="changelogEntryContent">
<div class="richTextContent">${e.html.join('\n')}</div></div><div class="changelogEntryFooter"><div class="reactions"><button class="reactionButton"
aria-label="Like this update">
<span class="reactionIcon">❤️</span><span class="reactionCount">${e.likes}</span></button></div></div></div>`;
const cnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Changelog | Ledgerbird</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${cnDesc[0]}"><meta property="og:title" content="Changelog | Ledgerbird"><meta property="og:type" content="website">
<link rel="canonical" href="https://feedback.ledgerbird.example/changelog"><link rel="icon" href="https://canny.io/images/favicons/ledgerbird-32.png">
<link rel="stylesheet" href="https://canny.io/build/public.f3a1c8e2.css"><script>window.__data={"company":{"name":"Ledgerbird","subdomain":"ledgerbird",
"changelogEnabled":true},"viewer":null,"changelog":{"entries":4,"hasMore":true}};</script><script src="https://canny.io/build/public.9b2e7d41.js"
defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LB7Q2K"></script></head>
<body><div id="root"><div class="publicContainer"><div class="publicNav"><div class="publicNavTop"><a class="companyLink" href="https://ledgerbird.example">
<img class="companyLogo" src="https://canny-assets.io/images/ledgerbird-logo.png" alt="Ledgerbird"></a><div class="publicNavTabs">${cnTabs
  .map((t) => `<a class="publicNavTab" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}<a class="publicNavTab selected" aria-current="page" href="/changelog">Changelog</a></div><div class="publicNavAuth"><button class="publicNavLogin"
type="button">${cnAuth[0]}</button></div></div></div>
<div class="publicContent"><div class="changelog"><div class="changelogMain"><div class="changelogHeader"><h1 class="changelogTitle">${cnTitle}</h1>
<p class="changelogDescription">${cnDesc[0]}</p></div><div class="changelogFilters" role="tablist">${cnFilter
  .map((t, i) => `<button class="changelogFilter${i === 0 ? ' selected' : ''}" role="tab" aria-selected="${i === 0}" type="button">${t}</button>`)
  .join('')}</div><div class="changelogEntries">
${cnEntries.map(cnEntry).join('\n')}
</div><button class="changelogLoadMore" type="button">${cnMore[0]}</button></div>
<aside class="changelogSidebar"><div class="subscribeBox"><h3 class="subscribeBoxTitle">${cnSubscribe[0]}</h3><p class="subscribeBoxText">${cnSubscribe[1]}</p>
<form class="subscribeForm"><input class="subscribeInput" type="email" placeholder="Your email address" aria-label="Email address"><button
class="subscribeButton"
type="submit">${cnSubscribe[2]}</button></form></div></aside></div></div>
<div class="poweredBy"><a href="https://canny.io/powered-by-canny?company=ledgerbird&amp;utm_source=changelog" target="_blank"
rel="noopener">${cnMore[1]}</a></div></div></div>
</body></html>`;
const canny: TestPage = {
  html: cnHtml,
  name: 'heldout92-canny-changelog',
  kind: 'docs',
  // the page description under the heading is body; each update's title is a heading, its date a byline, its labels and
  // like count furniture; the "Changelog" tab is left out (it is the title); the label filter repeats the labels
  title: cnTitle,
  headings: cnEntries.map((e) => e.title),
  body: [...texts(cnDesc), ...cnEntries.flatMap((e) => e.body)],
  bylines: cnEntries.map((e) => e.date),
  furniture: [...cnTabs, ...cnAuth, ...cnFilter, ...cnEntries.map((e) => e.likes), ...cnSubscribe, ...cnMore],
};

export const HELDOUT92_F: readonly TestPage[] = [canny, wikisourcePage];
