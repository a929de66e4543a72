import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout452-kit.js';
import { furoSiteMap } from './pages-heldout452-f2.js';

/**
 * Held-out batch 452, file f: a SaaS product's public changelog on a Canny-style feedback board, rendered by its React app
 * (the company header with Feedback / Roadmap / Changelog tabs and log-in, the "Subscribe to updates" box and RSS link, the
 * type filter, entries with their dates, New / Improved / Fixed labels, titles, rich-text content and reaction buttons,
 * "Load more", and "Powered by Canny") and, from file f2, the site map page of a Sphinx docs site on the Furo theme.
 */
const cTitle = 'Changelog';
const cEntries: [string, string, string, string[]][] = [
  [
    'March 2, 2026',
    'New',
    'Scheduled exports to cloud storage',
    [
      j(
        'You can now schedule any saved view in Tallyrow to export on a timetable and land in your own cloud storage bucket. Pick a',
        'format (CSV, JSON Lines or Parquet), a destination and a schedule, and Tallyrow will write a new file every time the',
        'schedule runs.',
      ),
      '<h3>How to set it up</h3>',
      '<li>Open a saved view and choose Export, then Schedule.</li>',
      '<li>Connect a storage bucket under Settings, Integrations, if you have not already.</li>',
      '<li>Choose how often to run the export: hourly, daily or weekly.</li>',
      j(
        'Each run writes a file named after the view and the run time, so earlier exports are never overwritten. Failed runs are',
        'retried three times and then reported in the workspace activity log.',
      ),
      'Scheduled exports are available on the Team and Enterprise plans.',
    ],
  ],
  [
    'February 20, 2026',
    'Improved',
    'Faster formulas on large tables',
    [
      j(
        'We rewrote the formula engine’s dependency tracking. When you edit a cell, Tallyrow now recalculates only the cells that',
        'actually depend on it, instead of the whole column. On tables with more than 100,000 rows, edits that used to take several',
        'seconds now finish almost instantly.',
      ),
      j(
        'In our tests on customer workspaces (with permission), the median recalculation time dropped from 1.8 seconds to 90',
        'milliseconds. If you see a formula that still feels slow, please tell us about it on the feedback board.',
      ),
    ],
  ],
  [
    'February 9, 2026',
    'Fixed',
    'Date columns and daylight saving time',
    [
      j(
        'Some date columns showed the previous day for records created just after midnight in the week when clocks changed. The',
        'dates were stored correctly but displayed in the wrong offset. This is now fixed for all time zones, and no data needed to',
        'be changed.',
      ),
      'Thanks to everyone who sent screenshots; they made the bug much quicker to find.',
    ],
  ],
  [
    'January 27, 2026',
    'New',
    'Comments on rows',
    [
      j(
        'Every row now has a comment thread. Mention a teammate with @ to send them a notification, and resolve the thread when the',
        'question is answered. Comments appear in the row’s side panel and in the activity log, and they are included in full',
        'workspace backups.',
      ),
      'Comments are on by default. Workspace owners can turn them off per table under Table settings.',
    ],
  ],
];
const cTabs = ['Feedback', 'Roadmap', 'Changelog'];
const cFilter = ['All', 'New', 'Improved', 'Fixed'];
const isLi = (p: string): boolean => p.startsWith('<li>');
const isH3 = (p: string): boolean => p.startsWith('<h3>');
const cContent = (ps: string[]): string =>
  ps
    .map((p) => (isLi(p) || isH3(p) ? p : `<p>${p}</p>`))
    .join('\n')
    .replace(/(<li>[^\n]*<\/li>\n?)+/, (m) => `<ol>${m}</ol>\n`);
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Changelog | Tallyrow</title>
<meta name="description" content="New updates and improvements to Tallyrow."><meta property="og:title" content="Tallyrow Changelog">
<link rel="alternate" type="application/rss+xml" title="Tallyrow Changelog" href="https://feedback.tallyrow.example/api/changelog/feed.rss">
<link rel="stylesheet" href="https://static.canny.example/css/main.3f0a91c2.css">
<script>window.__data={"company":{"name":"Tallyrow","subdomain":"tallyrow"},"viewer":null};</script>
<script src="https://static.canny.example/js/main.8b61d0e4.js" async></script></head>
<body><div id="root"><div class="app" data-reactroot=""><div class="publicContainer">
<div class="publicNav"><div class="companyHeader"><a class="companyLogo" href="/"><img src="https://canny-assets.example/tallyrow-logo.png" alt="Tallyrow"></a>
<span class="companyName">Tallyrow</span></div>
<div class="publicNavTabs">${cTabs
  .map((t) => `<a class="publicNavTab${t === 'Changelog' ? ' selected' : ''}" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</div>
<div class="publicNavRight"><a class="loginButton" href="/login">Log in / Sign up</a></div></div>
<div class="publicChangelog"><div class="changelogHeader"><h1 class="changelogTitle">${cTitle}</h1>
<p class="changelogSubtitle">Follow up on the latest improvements and updates.</p></div>
<div class="changelogSidebar"><div class="subscribeBox"><div class="subscribeTitle">Subscribe to updates</div>
<button class="button subscribeButton">Subscribe</button><a class="rssLink" href="/api/changelog/feed.rss">RSS feed</a></div>
<div class="typeFilter">${cFilter.map((f) => `<button class="typeFilterOption">${f}</button>`).join('')}</div></div>
<div class="changelogEntries">
${cEntries
  .map(
    ([d, type, t, ps], i) => `<div class="changelogEntry"><div class="entryHeader"><div class="entryDate">${d}</div>
<div class="entryTypes"><span class="entryType ${type.toLowerCase()}">${type}</span></div></div>
<a class="entryTitle" href="/changelog/entry-${i}"><h2>${t}</h2></a>
<div class="entryContent"><div class="richTextContent">${cContent(ps)}</div></div>
<div class="entryFooter"><div class="reactions"><button class="reaction" aria-label="React with thumbs up">👍 ${14 + i * 7}</button>
<button class="reaction" aria-label="React with heart">❤️ ${3 + i}</button></div>
<a class="shareLink" href="/changelog/entry-${i}">Share this update</a></div></div>`,
  )
  .join('\n')}
<button class="loadMore">Load more</button>
</div></div>
<div class="poweredBy"><a href="https://canny.example/?utm_source=tallyrow">Powered by Canny</a></div>
</div></div></div></body></html>`;
const canny: TestPage = {
  name: 'heldout452-canny-changelog-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cEntries.flatMap(([, , t, ps]) => [t, ...ps.filter(isH3).map((h) => h.replace(/<\/?h3>/g, ''))]),
  body: texts(cEntries.flatMap(([, , , ps]) => ps.filter((p) => !isH3(p)))),
  bylines: cEntries.map(([d]) => d),
  furniture: [
    'Feedback',
    'Roadmap',
    'Log in / Sign up',
    'Follow up on the latest improvements and updates.',
    'Subscribe to updates',
    'RSS feed',
    ...cFilter,
    'Share this update',
    'Load more',
    'Powered by Canny',
  ],
};

export const HELDOUT452_F: readonly TestPage[] = [canny, furoSiteMap];
