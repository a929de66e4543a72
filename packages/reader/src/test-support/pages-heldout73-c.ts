import { links, ps, type TestPage, texts } from './page-kit.js';
import { hashnodePost } from './pages-heldout73-c2.js';
import { dvComment, dvHead, dvReaction, dvSeries } from './pages-heldout73-c3.js';

/**
 * Held-out batch 73, file c: a dev.to (Forem) article, part 2 of a series (header with search, "Log in" and "Create account",
 * the left reaction rail with its drawer and share menu, author line with "Posted on" and "Edited on", tags, the series box
 * above and below the text, code blocks with fullscreen controls, "Top comments" with likes and replies, a promoted
 * billboard, "Read next", the right sidebar author card and "More from", and the DEV footer), and a Hashnode blog post with a
 * table-of-contents toggle, a newsletter card and the "Did you find this article valuable?" sponsor box.
 */
const dvTitle = 'A tiny job queue in Postgres with SKIP LOCKED';
const dvIntro = [
  'In the first part of this series we replaced a cron-driven cleanup script with a scheduled query. This time we will build ' +
    'something that usually earns its own piece of infrastructure: a job queue. For a lot of small services, the database you ' +
    'already run can do the job perfectly well.',
];
const dvWhyNot = [
  'A dedicated broker is a great tool, but it is one more thing to deploy, monitor, back up and keep in sync with your data. If a ' +
    'job is created in the same transaction as the order it belongs to, you never get an order without its confirmation email, or ' +
    'an email for an order that was rolled back.',
];
const dvTable = ['The whole queue is one table:'];
const dvClaim = [
  'Workers claim a job with a single statement. The important part is <code>FOR UPDATE SKIP LOCKED</code>: rows that another ' +
    'worker has already locked are skipped instead of waited on, so ten workers can poll the same table without queueing behind ' +
    'each other.',
];
const dvClaimAfter = [
  'The worker runs the job and deletes the row in the same transaction. If the worker crashes, the transaction rolls back, the ' +
    'lock disappears and another worker picks the job up on its next poll.',
  'Scheduling comes for free: set <code>run_after</code> to a time in the future and the job stays invisible to workers until ' +
    'then. Retries with back-off use the same column, pushed a little further out after every failure.',
];
const dvCaveats = [
  'Keep transactions short. A worker that holds its lock for minutes also holds back vacuum on a busy table.',
  'Add an attempts counter and a dead-letter table, or one poison job will be retried forever.',
  'Polling every second is fine for hundreds of jobs a minute. Beyond that, add <code>LISTEN</code> and <code>NOTIFY</code> to ' +
    'wake workers only when there is work.',
];
const dvOutro = [
  'We have run this pattern in production for two years at around 40,000 jobs a day without a single lost job. In the last part ' +
    'of the series we will look at using Postgres for full-text search before reaching for a search engine.',
];
const dvHeads = ['Why not a message broker?', 'The table', 'Claiming a job', 'Caveats'];
const dvSeriesItems = ['Replacing cron jobs with pg_cron', 'A tiny job queue in Postgres with SKIP LOCKED', 'Full-text search before you need Elasticsearch'];
const dvTags = ['postgres', 'database', 'backend', 'tutorial'];
const dvComments = [
  {
    u: 'marcusbell',
    n: 'Marcus Bell',
    d: 'Feb 11',
    likes: '12',
    t:
      'We did exactly this at my last job and it carried us to about a million jobs a day before we needed anything else. ' +
      'The dead-letter advice is the part people skip.',
  },
  { u: 'priyaraman', n: 'Priya Raman', d: 'Feb 11', likes: '5', t: 'A million a day is a great data point, thanks! Did you partition the table at that size?' },
  { u: 'lena_k', n: 'Lena Kowal', d: 'Feb 12', likes: '3', t: 'How do you handle jobs that should run at a specific time in the future?' },
];
const dvReactions = [
  ['Like', '96'],
  ['Unicorn', '11'],
  ['Exploding Head', '7'],
  ['Raised Hands', '19'],
  ['Fire', '15'],
];
const dvShare = ['Copy link', 'Share to X', 'Share to LinkedIn', 'Share to Reddit', 'Share to Mastodon', 'Report Abuse'];
const dvReadNext = [
  { t: 'Why your Postgres indexes are not being used', a: 'Tomás Ferreira', d: 'Jan 28' },
  { t: 'Idempotency keys, explained with a coffee order', a: 'Hana Sato', d: 'Feb 2' },
];
const dvMore = ['Replacing cron jobs with pg_cron', 'Five EXPLAIN ANALYZE habits that saved me hours'];
const dvFootNav = ['Home', 'DEV++', 'Podcasts', 'Videos', 'Tags', 'DEV Help', 'Advertise on DEV', 'About', 'Contact', 'Code of Conduct', 'Privacy Policy'];
const dvFootDesc = 'A constructive and inclusive social network for software developers. With you every step of your journey.';
const dvBillboard = [
  'Promoted',
  'Dismiss',
  'Ship background jobs without the pager duty',
  'Quayline runs your queues, crons and retries so you can keep your database for data. Free for side projects.',
  'Try Quayline free',
];
const dvBio = 'Backend engineer. I write about databases, queues and other boring technology that keeps working.';
const dvCode1 = `<span class="k">CREATE</span> <span class="k">TABLE</span> <span class="n">jobs</span> <span class="p">(</span>
  <span class="n">id</span>         <span class="n">bigserial</span> <span class="k">PRIMARY</span> <span class="k">KEY</span><span class="p">,</span>
  <span class="n">kind</span>       <span class="n">text</span> <span class="k">NOT</span> <span class="k">NULL</span><span class="p">,</span>
  <span class="n">payload</span>    <span class="n">jsonb</span> <span class="k">NOT</span> <span class="k">NULL</span><span class="p">,</span>
  <span class="n">run_after</span>  <span class="n">timestamptz</span> <span class="k">NOT</span> <span class="k">NULL</span> <span class="k">DEFAULT</span>
<span class="n">now</span><span class="p">()</span>
<span class="p">);</span>`;
const dvCode2 = `<span class="k">SELECT</span> <span class="n">id</span><span class="p">,</span> <span class="n">kind</span><span class="p">,</span> <span
class="n">payload</span>
<span class="k">FROM</span> <span class="n">jobs</span>
<span class="k">WHERE</span> <span class="n">run_after</span> <span class="o">&lt;=</span> <span class="n">now</span><span class="p">()</span>
<span class="k">ORDER</span> <span class="k">BY</span> <span class="n">id</span>
<span class="k">LIMIT</span> <span class="mi">1</span>
<span class="k">FOR</span> <span class="k">UPDATE</span> <span class="k">SKIP</span> <span class="k">LOCKED</span><span class="p">;</span>`;
const dvCode = (lang: string, code: string): string => `<div class="highlight js-code-highlight">
<pre class="highlight ${lang}"><code>${code}
</code></pre>
<div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action">
<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on">
<title>Enter fullscreen mode</title><path d="M16 3h6v6h-2V5h-4V3zM2 3h6v2H4v4H2V3z"></path></svg>
<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-off">
<title>Exit fullscreen mode</title><path d="M18 7h4v2h-6V3h2v4zM8 9H2V7h4V3h2v6z"></path></svg></div></div></div>`;
const dvH = (t: string): string => {
  const id = t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
  return `<h2>\n  <a name="${id}" href="#${id}">\n  </a>\n  ${t}\n</h2>`;
};
const dvBody = `<div class="crayons-article__body text-styles spec__body" data-article-id="2219054" id="article-body">
${ps(dvIntro)}
${dvH(dvHeads[0]!)}
${ps(dvWhyNot)}
${dvH(dvHeads[1]!)}
${ps(dvTable)}
${dvCode('sql', dvCode1)}
${dvH(dvHeads[2]!)}
${ps(dvClaim)}
${dvCode('sql', dvCode2)}
${ps(dvClaimAfter)}
${dvH(dvHeads[3]!)}
<ul>
${dvCaveats.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(dvOutro)}
</div>`;
const dvHtml = `<!DOCTYPE html>
<html lang="en">${dvHead(dvTitle)}
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-is-root-subforem="true" data-side-nav-visible="false"
data-community-name="DEV Community" data-locale="en">
<div id="body-styles"><style>:root { --accent-brand: #3b49df; }</style></div><div class="navigation-progress" id="navigation-progress"></div>
<header class="crayons-header print-hidden"><span id="route-change-target" tabindex="-1"></span>
<a href="#main-content" class="skip-content-link">Skip to content</a><div class="crayons-header__container">
<span class="inline-block m:hidden"><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2" aria-label="Navigation menu"><svg width="24" height="24"
class="crayons-icon"><title>Navigation menu</title><path d="M3 4h18v2H3V4z"></path></svg></button></span>
<a href="/" class="site-logo" aria-label="DEV Community Home"><img class="site-logo__img" src="https://media2.dev.to/dynamic/image/logo.png" alt="DEV
Community">
</a><div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search">
<div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input id="search-input"
class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term">
<button type="submit" aria-label="Search" class="c-btn c-btn--icon-alone absolute inset-px right-auto mt-0 py-0"><svg width="24" height="24"
class="crayons-icon"><title>Search</title><path d="M18.031 16.617"></path></svg></button></div></div></form></div>
<div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions"><span class="hidden m:block"><a href="/enter"
class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span><a href="/enter?state=new-user"
class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a></div></div></div></header>
<div id="page-content" class="wrapper stories stories-show articletag-postgres articletag-database" data-current-page="stories-show">
<div id="page-content-inner"><div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden"><div
class="crayons-article-actions__inner"><div class="reaction-drawer__outer"><button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger"
aria-pressed="false" class="crayons-reaction pseudo-reaction crayons-tooltip__activator relative"><span class="crayons-reaction__icon
crayons-reaction__icon--inactive"><svg width="24" height="24"><path d="M21.179 12.794"></path></svg></span><span class="crayons-reaction__count"
id="reaction_total_count">148</span><span data-testid="tooltip" class="crayons-tooltip__content">Add reaction</span></button>
<div class="reaction-drawer" aria-label="reactions">${dvReactions.map(([n, c]) => dvReaction(n!, c!)).join('\n')}</div></div>
<button id="reaction-butt-comment" aria-label="Jump to Comments" class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator relative"
data-category="comment"><span class="crayons-reaction__icon crayons-reaction__icon--inactive"><svg width="24" height="24"><path d="M10 3h4a8 8 0 110 16v3.5">
</path></svg></span><span class="crayons-reaction__count" id="reaction-number-comment" data-count="3">3</span><span data-testid="tooltip"
class="crayons-tooltip__content">Jump to Comments</span></button>
<button id="reaction-butt-readinglist" aria-label="Add to reading list" aria-pressed="false" class="crayons-reaction crayons-reaction--readinglist
crayons-tooltip__activator relative" data-category="readinglist"><span class="crayons-reaction__count" id="reaction-number-readinglist">61</span>
<span data-testid="tooltip" class="crayons-tooltip__content">Save</span></button>
<button id="reaction-butt-boost" aria-label="Boost" class="crayons-reaction crayons-reaction--boost crayons-tooltip__activator relative"
data-category="boost"><span data-testid="tooltip" class="crayons-tooltip__content">Boost</span></button>
<div class="align-center m:relative"><button id="article-show-more-button" aria-controls="article-show-more-dropdown" aria-expanded="false" aria-haspopup="true"
class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon-rounded" aria-label="Share post options"><svg width="24" height="24"><path d="M7
12a2"></path>
</svg></button><div id="article-show-more-dropdown" class="crayons-dropdown side-bar left-2 right-2 m:right-auto m:left-100 top-unset bottom-100">
<div><button class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0" id="copy-post-url-button"><span
class="fw-bold">${dvShare[0]}</span></button></div><div class="Desktop-only">${dvShare
  .slice(1, 5)
  .map((s) => `<a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="#">${s}</a>`)
  .join('')}</div>
<a href="/report-abuse" class="crayons-link crayons-link--block">${dvShare[5]}</a></div></div></div></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper">
<article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="2219054" data-author-name="Priya Raman"
data-author-username="priyaraman" data-path="/priyaraman/a-tiny-job-queue-in-postgres-with-skip-locked-3k9f" data-published="true">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row">
<div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="flex flex-1 mb-5 items-start"><div class="relative">
<a href="/priyaraman"><img class="radius-full align-middle" src="https://media2.dev.to/dynamic/image/priya.png" width="40" height="40" alt="Priya Raman"></a>
</div><div class="pl-3 flex-1"><a href="/priyaraman" class="crayons-link fw-bold">Priya Raman</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2025-02-11T09:30:00Z" class="date-no-year">Feb 11</time> <span class="fs-xs color-base-60"
data-testid="updated-on">• Edited on <time datetime="2025-02-12T08:05:00Z" class="date-no-year">Feb 12</time></span></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dvTitle}</h1>
<div class="spec__tags flex flex-wrap">${dvTags
  .map((t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t}"><span class="crayons-tag__prefix">#</span>${t}</a>`)
  .join('\n')}</div></div></header>
<div class="crayons-article__main">${dvSeries('Postgres Does More Than You Think (3 Part Series)', dvSeriesItems, 1)}
${dvBody}
${dvSeries('Postgres Does More Than You Think (3 Part Series)', dvSeriesItems, 1)}</div>
<section id="comments" data-follow-button-container="true" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10 print-hidden">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (3)</h2><div id="comment-subscription">
<div class="crayons-btn-actions"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></div></header>
<div class="comments" id="comment-trees-container">${dvComments.map((c, i) => dvComment(c, i)).join('\n')}</div>
<div class="fs-s mt-6 pt-4 color-base-60"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of Conduct</a> • <a
href="/report-abuse" class="crayons-link crayons-link--secondary">Report abuse</a></div></section></article>
<div class="crayons-card crayons-card--secondary crayons-story__billboard p-4" data-display-unit data-type-of="in_house">
<div class="flex justify-between"><span class="crayons-story__tertiary fs-xs">${dvBillboard[0]}</span><button class="crayons-btn crayons-btn--ghost
crayons-btn--s" aria-label="Dismiss billboard">${dvBillboard[1]}</button></div><div class="text-styles text-styles--billboard"><h2>${dvBillboard[2]}</h2>
<p>${dvBillboard[3]}</p><p><a href="https://quayline.example/?utm_source=dev" class="ltag_cta ltag_cta--branded">${dvBillboard[4]}</a></p></div></div>
<div class="crayons-card crayons-card--secondary text-padding"><h2 class="crayons-subtitle-1">Read next</h2>${dvReadNext
  .map(
    (r) => `<a href="/read/${r.d.replace(' ', '-')}" class="crayons-link flex items-start"><div><h3 class="crayons-subtitle-2">${r.t}</h3>
<p class="crayons-story__tertiary fs-s">${r.a} - ${r.d}</p></div></a>`,
  )
  .join('\n')}</div></div></main>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word"
id="article-show-primary-sticky-nav"><div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid" style="border-top-color: #1a5f7a;">
<div class="-mt-4"><a href="/priyaraman" class="flex"><span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="/priya-90.png"
class="crayons-avatar__image" alt=""></span><span class="crayons-link crayons-subtitle-1 mt-5">Priya Raman</span></a></div>
<div class="print-hidden"><button class="crayons-btn follow-action-button whitespace-nowrap follow-user w-100">Follow</button></div>
<div class="color-base-70">${dvBio}</div><div class="user-metadata-details"><ul class="user-metadata-details-inner">
<li><div class="key">Location</div><div class="value">Lisbon</div></li><li><div class="key">Work</div><div class="value">Staff Engineer at Tidewell</div></li>
<li><div class="key">Joined</div><div class="value"><time datetime="2019-06-03T10:00:00Z" class="date">Jun 3, 2019</time></div></li></ul></div></div>
<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-1">More from <a href="/priyaraman"
class="crayons-link">Priya Raman</a></h3></header><div>${links(dvMore, 'crayons-link crayons-link--contentful')}</div></div></div></aside>
</div></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container">
<p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" aria-label="DEV Community Home" href="/">DEV Community</a>
— ${dvFootDesc}</p><ul class="footer__nav-links flex justify-center flex-wrap fs-s p-0" id="footer-nav-links">${links(dvFootNav, 'footer__nav-link')}</ul>
<div class="fs-s"><p>Built on <a class="c-link c-link--branded" href="https://www.forem.com">Forem</a> — the open source software that powers DEV and other
inclusive communities.</p><p>Made with love and <a class="c-link c-link--branded" href="https://rubyonrails.org">Ruby on Rails</a>. DEV Community © 2016 -
2025.</p>
</div></div></footer>
<script src="https://assets.dev.to/assets/base-6f1e.js" defer></script></body></html>`;
const devto: TestPage = {
  html: dvHtml,
  name: 'heldout73-devto-series-article-blog',
  kind: 'blog',
  // the series box (above and below the text), the reaction rail and drawer, share menu, comments (the author's reply too),
  // the promoted billboard, "Read next", the author card and footer are furniture; the two SQL blocks and their "Enter/Exit
  // fullscreen mode" controls are in neither list / furniture; the series' current-part title repeats the headline: left out
  title: dvTitle,
  headings: dvHeads,
  body: [...texts(dvIntro), ...texts(dvWhyNot), ...dvTable, ...texts(dvClaim), ...texts(dvClaimAfter), ...texts(dvCaveats), ...dvOutro],
  bylines: ['Priya Raman', 'Posted on', 'Feb 11', 'Edited on', 'Feb 12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation menu', 'Search', 'Log in', 'Create account', '148', 'Add reaction', ...dvReactions.flat(), 'Jump to Comments', '61', 'Save',
    'Boost', ...dvShare, ...dvTags.filter((t) => t !== 'postgres'), 'Postgres Does More Than You Think (3 Part Series)',
    dvSeriesItems[0]!, dvSeriesItems[2]!, 'Enter fullscreen mode',
    'Exit fullscreen mode', 'Top comments (3)', 'Subscribe', ...dvComments.flatMap((c) => [c.t, c.likes]), 'Marcus Bell', 'Lena Kowal', 'likes',
    'Reply', 'Code of Conduct', ...dvBillboard, 'Read next', ...dvReadNext.flatMap((r) => [r.t, `${r.a} - ${r.d}`]), 'Follow', dvBio,
    'Location', 'Lisbon', 'Work', 'Staff Engineer at Tidewell', 'Joined', 'Jun 3, 2019', 'More from', dvMore[1]!, 'DEV Community', dvFootDesc,
    ...dvFootNav.filter((t) => t !== 'Code of Conduct'), 'Built on', 'Forem', 'the open source software that powers DEV and other inclusive communities.',
    'Made with love and', 'Ruby on Rails', 'DEV Community © 2016 - 2025.',
  ],
};

export const HELDOUT73_C: readonly TestPage[] = [devto, hashnodePost];
