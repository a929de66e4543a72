import { links, ps, type TestPage, texts } from './page-kit.js';
import { recipePost } from './pages-heldout103-c2.js';

/**
 * Held-out batch 103, file c: a dev.to (Forem) post (the top bar with search, "Log in" and "Create account", the left
 * reaction sidebar with counts, the cover image, the author line with "Posted on" and "Updated on", the tag links, h2s with
 * empty anchor links, code blocks with the "Enter fullscreen mode" / "Exit fullscreen mode" buttons, the "Top comments"
 * section with two comments, the author card with "Follow", "Joined" and the "More from" list, the sign-up nudge and the
 * footer) and, from file c2, a recipe blog post with a WP Recipe Maker card.
 */
const dvTitle = 'I replaced our flaky retry helper with 40 lines of TypeScript';
const dvP1 = [
  'For two years our services used a retry helper that someone copied from a gist in 2021. It mostly worked. Then last month ' +
    'it retried a payment webhook eleven times in four seconds and took down a partner’s sandbox, and I got to spend a Friday ' +
    'finding out why.',
  'This post walks through what was wrong with it and the small replacement we ended up with. Nothing here is new, but I ' +
    'had not seen all of it written down in one place.',
];
const dvH1 = 'What the old helper did wrong';
const dvList1 = [
  'It retried on <strong>every</strong> error, including 400s that would never succeed.',
  'Its backoff was linear, so under load every client hammered the server at the same moments.',
  'It caught the final error and returned <code>undefined</code>, so callers never knew it had given up.',
];
const dvH2 = 'The replacement';
const dvP2 = [
  'The new helper takes the operation, a predicate that decides whether an error is worth retrying, and a maximum number of ' +
    'attempts. It waits an exponentially growing delay between attempts, with full jitter:',
];
const dvCode1 = `export async function retry&lt;T&gt;(op: () =&gt; Promise&lt;T&gt;, opts: RetryOptions): Promise&lt;T&gt; {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (attempt &gt;= opts.attempts || !opts.retryable(err)) throw err;
      const cap = Math.min(opts.maxDelayMs, opts.baseMs * 2 ** attempt);
      await sleep(Math.random() * cap);
    }
  }
}`;
const dvP3 = [
  'Full jitter means each wait is a random time between zero and the cap. It looks odd at first, but it spreads clients out ' +
    'far better than adding a small random amount to a fixed delay.',
  'The important line is the <code>throw err</code>. When the helper gives up, the caller gets the real error, with its stack, ' + 'and can decide what to do.',
];
const dvH3 = 'Deciding what is retryable';
const dvP4 = ['We keep the predicate next to each client rather than in the helper. For our HTTP client it looks like this:'];
const dvCode2 = `const retryable = (err: unknown) =&gt;
  err instanceof HttpError ? err.status === 429 || err.status &gt;= 500 : isNetworkError(err);`;
const dvP5 = [
  'Timeouts and connection resets are retried; client errors are not. For the payment webhook we also pass an idempotency key, ' +
    'so that a retry after a timeout cannot charge anyone twice.',
];
const dvH4 = 'Results';
const dvP6 = [
  'After a month in production, retries per hour across our services dropped by about 70 percent, and the partner whose ' +
    'sandbox we flattened has stopped emailing us. The helper has tests for each branch and no dependencies.',
  'If you have a retry helper you have never read, it might be worth ten minutes of your afternoon.',
];
const dvTags = ['#typescript', '#node', '#webdev', '#testing'];
const dvReact = ['Add reaction', 'Like', 'Unicorn', 'Exploding Head', 'Raised Hands', 'Fire', 'Jump to Comments', 'Save', 'Boost'];
const dvComments = [
  { name: 'Mateo Ruiz', date: 'Nov 5', text: 'Full jitter is one of those things that feels wrong until you graph it. Great write-up.' },
  { name: 'Hana Okafor', date: 'Nov 6', text: 'Do you cap the total time as well as the attempts? We had a case where the delays alone took minutes.' },
];
const dvCard = [
  'Follow',
  'Backend engineer at a small payments startup. Writes about boring reliability work.',
  'Location',
  'Lisbon, Portugal',
  'Joined',
  'Mar 12, 2020',
];
const dvMore = ['Structured logging without a framework', 'What I learned writing our first runbook', 'Postgres advisory locks in practice'];
const dvFoot = [
  'Home',
  'DEV++',
  'Podcasts',
  'Videos',
  'Tags',
  'DEV Help',
  'Forem Shop',
  'Advertise on DEV',
  'DEV Challenges',
  'DEV Showcase',
  'About',
  'Contact',
  'Code of Conduct',
  'Privacy Policy',
  'Terms of Use',
];
const dvFootText = 'DEV Community — A constructive and inclusive social network for software developers. With you every step of your journey.';
const dvCode = (lang: string, code: string): string => `<div class="highlight js-code-highlight"><pre class="highlight ${lang}"><code>${code}</code></pre>
<div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action">
<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" class="highlight-action crayons-icon highlight-action--fullscreen-on"
role="img"><title>Enter fullscreen mode</title></svg><svg class="highlight-action crayons-icon highlight-action--fullscreen-off" role="img">
<title>Exit fullscreen mode</title></svg></div></div></div>`;
const dvH = (id: string, t: string): string => `<h2><a name="${id}" href="#${id}"></a>${t}</h2>`;
const dvComment = (c: (typeof dvComments)[number]): string => `<details class="comment-wrapper" open><summary aria-label="Toggle thread"></summary>
<div class="comment single-comment-node root-comment comment--deep-0" id="comment-node-${c.date.replace(' ', '')}"><div class="comment__inner">
<div class="comment__details"><a href="/${c.name.split(' ')[0]?.toLowerCase()}" class="crayons-link crayons-link--secondary">${c.name}</a>
<span class="color-base-30 px-2">•</span><a href="#comment" class="comment-date crayons-link"><time>${c.date}</time></a></div>
<div class="comment__body text-styles text-styles--secondary body"><p>${c.text}</p></div>
<footer class="comment__footer"><button class="crayons-btn reaction-like"><span class="reactions-label">Like</span></button>
<a href="#reply" class="crayons-btn crayons-btn--ghost">Reply</a></footer></div></div></details>`;
const dvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>I replaced our flaky retry helper with 40 lines of TypeScript - DEV Community</title>
<meta name="description" content="For two years our services used a retry helper that someone copied from a gist."><meta name="keywords" content="typescript,
node">
<meta property="og:type" content="article"><meta property="og:site_name" content="DEV Community"><meta name="twitter:creator" content="@priyaraman_dev">
<link rel="stylesheet" href="https://assets.dev.example/assets/crayons-4f2a.css"><script src="https://assets.dev.example/assets/base-8d1c.js" defer></script>
</head><body class="default-header" data-user-status="logged-out" data-community-name="DEV Community">
<a href="#main-content" class="skip-content-link">Skip to content</a>
<header class="crayons-header"><div class="crayons-header__container"><a href="/" class="site-logo" aria-label="DEV Community Home"></a>
<div class="crayons-header--search"><form accept-charset="UTF-8" method="get" action="/search" role="search"><input class="crayons-header--search-input
crayons-textfield" type="text" name="q" placeholder="Search..." aria-label="Search term"></form></div>
<div class="flex items-center h-100 ml-auto"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap">Log in</a>
<a href="/enter?state=new-user" class="c-cta c-cta--branded whitespace-nowrap mr-2">Create account</a></div></div></header>
<div id="page-content" class="wrapper stories stories-show" data-current-page="stories-show"><div id="page-content-inner">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions">
<div class="crayons-article-actions print-hidden">
${dvReact
  .map((t, i) => `<button class="crayons-reaction" aria-label="${t}"><span class="crayons-reaction__count">${t}${i === 1 ? ' 48' : ''}</span></button>`)
  .join('\n')}</div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper">
<article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="2049117" data-published="true">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img src="https://media.dev.example/cover/retry.png" width="1000"
height="420" class="crayons-article__cover__image" alt="Cover image for I replaced our flaky retry helper with 40 lines of TypeScript"></div>
<div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions
mb-4"></div>
<div class="flex flex-1 mb-5 items-start"><a href="/priyaraman"><img class="radius-full align-middle" src="/u/priya.png" width="40" height="40"
alt="Priya Raman"></a><div class="pl-3 flex-1"><a href="/priyaraman" class="crayons-link fw-bold">Priya Raman</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2025-11-04T08:12:44Z" class="date-no-year">Nov 4</time>
<span class="fs-xs color-base-60"> • Updated on <time datetime="2025-11-05T10:00:00Z">Nov 5</time></span></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dvTitle}</h1>
<div class="spec__tags flex flex-wrap">${dvTags
  .map(
    (t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t.slice(1)}"><span
class="crayons-tag__prefix">#</span>${t.slice(1)}</a>`,
  )
  .join('\n')}</div>
</div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2049117" id="article-body">
${ps(dvP1)}
${dvH('what-the-old-helper-did-wrong', dvH1)}
<ul>${dvList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${dvH('the-replacement', dvH2)}
${ps(dvP2)}
${dvCode('typescript', dvCode1)}
${ps(dvP3)}
${dvH('deciding-what-is-retryable', dvH3)}
${ps(dvP4)}
${dvCode('typescript', dvCode2)}
${ps(dvP5)}
${dvH('results', dvH4)}
${ps(dvP6)}
</div></div>
<section id="comments" data-follow-button-container="true" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (2)</h2>
<button class="crayons-btn crayons-btn--secondary">Subscribe</button></header>
<div class="comment-form"><a href="/enter" class="crayons-btn">Log in to comment</a></div>${dvComments.map(dvComment).join('\n')}
<p class="crayons-notice">Some comments may only be visible to logged-in visitors. <a href="/enter">Sign in</a> to view all comments.</p>
<div class="mt-4"><a href="/code-of-conduct">Code of Conduct</a> • <a href="/report-abuse">Report abuse</a></div></section></article></div></main>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-card crayons-card--secondary branded-7 p-4">
<a href="/priyaraman" class="crayons-link--branded fw-bold">Priya Raman</a><button class="crayons-btn follow-action-button">${dvCard[0]}</button>
<p class="color-base-70">${dvCard[1]}</p><ul class="crayons-definition-list"><li><div class="key">${dvCard[2]}</div><div class="value">${dvCard[3]}</div></li>
<li><div class="key">${dvCard[4]}</div><div class="value"><time>${dvCard[5]}</time></div></li></ul></div>
<section class="crayons-card crayons-card--secondary"><header><h3 class="crayons-subtitle-2">More from <a href="/priyaraman">Priya Raman</a></h3></header>
<ul>${links(dvMore, 'crayons-link crayons-link--contentful')}</ul></section></aside></div></div></div>
<div id="sign-up-nudge" class="crayons-snackbar" role="alert"><p>Thank you to our Diamond Sponsors for supporting the DEV Community</p>
<a href="/enter?state=new-user">Create account</a></div>
<footer id="footer" class="crayons-footer print-hidden"><ul>${links(dvFoot)}</ul><p class="fs-s crayons-layout">${dvFootText}</p>
<p class="fs-s">Built on <a href="https://www.forem.com">Forem</a> — the open source software that powers DEV and other inclusive communities.</p>
<p class="fs-s">Made with love and Ruby on Rails. DEV Community © 2016 - 2025.</p></footer></body></html>`;
const devto: TestPage = {
  html: dvHtml,
  name: 'heldout103-devto-blog',
  kind: 'blog',
  // code blocks are in neither list; their "Enter/Exit fullscreen mode" svg titles are furniture; reader comments are furniture
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3, dvH4],
  body: texts([...dvP1, ...dvList1, ...dvP2, ...dvP3, ...dvP4, ...dvP5, ...dvP6]),
  bylines: ['Priya Raman', 'Posted on Nov 4', 'Updated on Nov 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Log in', 'Create account', 'Add reaction', 'Like 48', 'Unicorn', 'Exploding Head', 'Raised Hands', 'Fire', 'Jump to Comments',
    'Save', 'Boost', ...dvTags, 'Enter fullscreen mode', 'Exit fullscreen mode', 'Top comments (2)', 'Subscribe', 'Log in to comment',
    ...dvComments.flatMap((c) => [c.name, c.date, c.text]), 'Reply', 'Some comments may only be visible to logged-in visitors. Sign in to view all comments.',
    'Code of Conduct', 'Report abuse', ...dvCard, 'More from Priya Raman', ...dvMore, 'Thank you to our Diamond Sponsors for supporting the DEV Community',
    ...dvFoot, dvFootText, 'Built on Forem — the open source software that powers DEV and other inclusive communities.',
    'Made with love and Ruby on Rails. DEV Community © 2016 - 2025.',
  ],
};

export const HELDOUT103_C: readonly TestPage[] = [devto, recipePost];
