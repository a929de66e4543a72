import { links, type TestPage, texts } from './page-kit.js';
import { planet } from './pages-heldout452-e2.js';

/**
 * Held-out batch 452, file e: a Substack newsletter's web archive (/archive: the navbar with the publication name, the
 * subscribe buttons, the Latest / Top / Discussions tabs and search, post previews with title, subtitle, date, author,
 * like and comment counts, a paywall lock label, the subscribe widget, the Substack footer and the app promo) and, from
 * file e2, a Planet Venus-style aggregator page.
 */
const nTitle = 'The Quiet Ledger';
const nPosts: [string, string, string, string, string][] = [
  [
    'The spreadsheet that ran a village hall',
    'How a volunteer treasurer kept forty years of bookings in one file, and what happened when it broke.',
    'Feb 26',
    '41',
    '12',
  ],
  [
    'Why small charities overpay for insurance',
    'Three brokers, one church roof and a lesson in reading the small print before renewal day.',
    'Feb 19',
    '28',
    '9',
  ],
  ['A ledger is a story told in numbers', 'Notes from a winter spent reading the account books of a long-closed village shop.', 'Feb 12', '63', '17'],
  ['Mailbag: petty cash, receipts and trust', 'Your questions about cash tins, missing receipts and how to say no to a committee chair.', 'Feb 5', '19', '24'],
  ['The annual accounts, explained to a nervous committee', 'A plain walk through the four pages every trustee should be able to read.', 'Jan 29', '52', '6'],
  ['What the bank statement does not tell you', 'Standing orders, forgotten direct debits and the quiet leaks that empty a reserve fund.', 'Jan 22', '35', '8'],
  ['Paying volunteers back without paying them', 'Expenses, mileage and the rules that keep a thank-you from turning into a wage.', 'Jan 15', '22', '11'],
  [
    'Budgeting for a roof you hope never to fix',
    'Sinking funds for buildings, and how much a small hall should really set aside each year.',
    'Jan 8',
    '47',
    '14',
  ],
  ['A year of The Quiet Ledger', 'What readers asked most, what I got wrong, and what is coming in the second year.', 'Dec 31, 2025', '88', '31'],
  [
    'Grants are not income until they are',
    'Restricted funds, timing and the awkward conversation with a funder who wants the money back.',
    'Dec 18, 2025',
    '30',
    '5',
  ],
  ['The auditor’s favourite question', 'It is always the same one, and you can prepare for it in an afternoon.', 'Dec 11, 2025', '39', '7'],
];
const nTabs = ['Latest', 'Top', 'Discussions'];
const nFoot = ['Privacy', 'Terms', 'Collection notice'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>Archive - ${nTitle}</title><meta property="og:title" content="Archive - ${nTitle}">
<meta name="description" content="Money, paperwork and the people who keep small organisations running. By Wilhelmina Osei-Barrow.">
<meta property="og:site_name" content="${nTitle}"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/rss+xml" href="https://quietledger.substack.example/feed" title="${nTitle}">
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/theme/main.9c2f1e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Archive","isPartOf":{"@type":"WebSite",
"name":"${nTitle}","url":"https://quietledger.substack.example"}}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"pub\\":{\\"id\\":2291047,\\"subdomain\\":\\"quietledger\\"}}")</script>
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><div class="navbar-logo-container">
<img class="navbar-logo" src="https://substackcdn.example/q.png" alt=""></div>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">${nTitle}</a></h1>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div>
</div></div>
<div class="container archive-page"><div class="portable-archive"><div class="portable-archive-tabs" role="tablist">${nTabs
  .map((t, i) => `<button role="tab" class="pencraft tab${i === 0 ? ' active' : ''}">${t}</button>`)
  .join('')}
<input class="search-input" type="search" placeholder="Search" aria-label="Search posts"></div>
<div class="portable-archive-list">
${nPosts
  .map(
    ([t, d, date, likes, cmts], i) => `<div class="post-preview portable-archive-post has-image" data-testid="post-preview">
<div class="post-preview-content"><a class="post-preview-title newsletter" href="/p/post-${i}">${t}</a>
<div class="pencraft pc-reset"><a class="post-preview-description" href="/p/post-${i}">${d}</a></div>
<div class="post-preview-byline pencraft"><time datetime="2026-02-26T08:00:00.000Z" class="date">${date}</time><span>∙</span>
<a class="pencraft frontend-pencraft-Text-module__decoration-hover-underline" href="https://substack.example/@wosei">Wilhelmina Osei-Barrow</a></div>
${i % 4 === 3 ? '<div class="audience-lock"><span>Paid</span></div>' : ''}
<div class="post-ufi"><a class="post-ufi-button like-button" role="button" aria-label="Like (${likes})"><span class="label">${likes}</span></a>
<a class="post-ufi-button comment-button" href="/p/post-${i}/comments" aria-label="View comments (${cmts})"><span class="label">${cmts}</span></a>
<a class="post-ufi-button share-button" role="button" aria-label="Share"></a></div></div>
<div class="post-preview-image-container"><img class="post-preview-image" src="https://substackcdn.example/img/${i}.jpg" alt="" width="150"></div>
</div>`,
  )
  .join('\n')}
</div></div>
<div class="subscribe-widget"><p class="subscribe-widget-title">Get new posts from The Quiet Ledger in your inbox.</p>
<form class="form"><input type="email" name="email" placeholder="Type your email...">
<button type="submit" class="button primary">Subscribe</button></form></div>
</div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2026 Wilhelmina Osei-Barrow</div>
<ul class="footer-terms">${links(nFoot)}</ul>
<div class="footer-substack-cta"><a href="https://substack.example/signup">Start writing</a><a href="https://substack.example/app">Get the app</a></div>
<p class="footer-slogan">Substack is the home for great culture</p></div></div>
</div></div>
<div class="app-install-banner" role="dialog"><p>This site requires JavaScript to run correctly. Please turn on JavaScript or unblock scripts</p></div>
<script src="https://substackcdn.example/bundle/static/js/main.a81f2e.js" charset="utf-8"></script>
</body></html>`;
const substackArchive: TestPage = {
  name: 'heldout452-substack-archive-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nPosts.flatMap(([t, d]) => [t, d])),
  bylines: ['Wilhelmina Osei-Barrow', ...nPosts.map(([, , date]) => date)],
  furniture: [
    'Subscribe',
    'Sign in',
    ...nTabs,
    'Paid',
    'Get new posts from The Quiet Ledger in your inbox.',
    '© 2026 Wilhelmina Osei-Barrow',
    ...nFoot,
    'Start writing',
    'Get the app',
    'Substack is the home for great culture',
    'This site requires JavaScript to run correctly. Please turn on JavaScript or unblock scripts',
  ],
};

export const HELDOUT452_E: readonly TestPage[] = [substackArchive, planet];
