import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 90, file d2: a company engineering blog post on the company's own Next.js site (the "We’re hiring" banner
 * above the header with its dismiss button, the product nav with "Log in" and "Start free trial", the category link,
 * two authors with roles, date and read time, a TL;DR callout at the top of the text, code blocks with a copy button and
 * file names, a figure with caption, the share row, a "We’re hiring" card after the text, "More from Engineering" cards, the
 * newsletter form, the footer columns and the cookie banner).
 */
const egTitle = 'How we cut Postgres failover from 90 seconds to 6';
const egTldr =
  '<strong>TL;DR:</strong> Our failovers were slow because clients kept retrying a dead primary, not because promotion was ' +
  'slow. Moving health checks into the connection pooler and lowering TCP keepalives brought customer-visible downtime ' +
  'during a failover from about 90 seconds to about 6.';
const egP1 = [
  'Tallyhook stores every invoice, payment and ledger entry for about 14,000 businesses in a set of Postgres clusters. Each ' +
    'cluster has a primary and two streaming replicas, and for years our runbook said that if the primary died, a replica would ' +
    'be promoted within 30 seconds.',
  'In practice, when we measured from a customer’s point of view, failovers took between 70 and 110 seconds. This post is about ' +
    'where the other minute went.',
];
const egH1 = 'Measuring the right thing';
const egP2 = [
  'Our dashboards measured failover as the time from the primary going unhealthy to a replica accepting writes. That number was ' +
    'fine: around 20 seconds. What we were not measuring was how long it took for the application to notice.',
  'We added a synthetic writer that inserts a row every 200 milliseconds from each application region and records the gap ' +
    'between successful writes. During a planned failover test in staging, the gap was 87 seconds.',
];
const egH2 = 'Where the time went';
const egP3 = [
  'Most of it was spent waiting on connections that would never answer. When the primary’s host disappeared, existing TCP ' +
    'connections from our pooler did not get a reset. They simply went quiet, and the kernel’s default keepalive settings meant ' +
    'it took over a minute before those connections were declared dead.',
  'Meanwhile the pooler kept handing those dead connections to the application, which dutifully waited for its own query ' + 'timeout before retrying.',
];
const egCode1 = `# /etc/sysctl.d/60-pg-keepalive.conf
net.ipv4.tcp_keepalive_time = 10
net.ipv4.tcp_keepalive_intvl = 2
net.ipv4.tcp_keepalive_probes = 3`;
const egH3 = 'What we changed';
const egList = [
  'We lowered TCP keepalive settings on the pooler hosts so dead connections are detected in about 16 seconds instead of over two minutes.',
  'We moved the primary health check into the pooler itself, so it stops handing out connections to a primary that fails two checks in a row.',
  'We made the pooler resolve the primary through our service registry on every new connection instead of caching the address.',
];
const egP4 = [
  'The last change mattered more than we expected. The pooler had been caching the primary’s address for the lifetime of the ' +
    'process, so even after promotion it could keep trying the old host.',
];
const egCode2 = `[databases]
ledger = host=ledger-primary.service.internal port=5432 dbname=ledger

[pgbouncer]
server_check_query = select 1
server_check_delay = 2
dns_max_ttl = 1`;
const egH4 = 'Results';
const egP5 = [
  'Across 40 failover tests in staging and six in production over the last quarter, the median gap in writes seen by the ' +
    'synthetic writer was 5.8 seconds, and the worst was 9.1 seconds. None of the production failovers produced a support ticket.',
  'There is more to do. Long-running transactions still fail outright during a failover, and we are working on making our ' +
    'background jobs retry them safely. We will write about that when it ships.',
];
const egBanner = 'We’re hiring! Join the Platform team in Berlin, Lisbon or remote across Europe.';
const egNav = ['Product', 'Pricing', 'Customers', 'Docs', 'Blog', 'Careers'];
const egAuthors = [
  ['Jonas Reuter', 'Staff Engineer, Platform'],
  ['Mira Okafor', 'Engineering Manager, Databases'],
];
const egCaption = 'Gap between successful synthetic writes during a staged failover, before (top) and after (bottom) the changes.';
const egShare = ['Share on X', 'Share on LinkedIn', 'Copy link'];
const egHire = ['Like solving problems like this?', 'We’re hiring engineers to work on our databases, queues and developer tooling.', 'View open roles'];
const egMore = [
  'Rebuilding our invoice renderer without downtime',
  'What we learned from a year of on-call reviews',
  'Testing money: property tests for ledgers',
];
const egNews = ['Get new engineering posts by email', 'One email a month. Unsubscribe any time.', 'Work email', 'Subscribe'];
const egFoot = [
  ['Product', ['Invoicing', 'Payments', 'Integrations', 'Security']],
  ['Company', ['About', 'Careers', 'Press', 'Contact']],
  ['Resources', ['Docs', 'API status', 'Changelog', 'Engineering blog']],
] as const;
const egCookie = ['We use cookies to understand how you use our site and to improve your experience.', 'Accept all', 'Reject non-essential', 'Cookie settings'];
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const h2 = (t: string): string => `<h2 id="${slug(t)}"><a class="anchor" href="#${slug(t)}" aria-hidden="true">#</a>${t}</h2>`;
const code = (file: string, lang: string, src: string): string => `<div class="code-block" data-language="${lang}"><div class="code-block__header">
<span class="code-block__filename">${file}</span><button class="code-block__copy" type="button" aria-label="Copy code">Copy</button></div>
<pre class="shiki github-dark" tabindex="0"><code>${src
  .split('\n')
  .map((l) => `<span class="line">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span>`)
  .join('\n')}</code></pre></div>`;
const egHtml = `<!DOCTYPE html>
<html lang="en" class="__variable_3a0b1c"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How we cut Postgres failover from 90 seconds to 6 | Tallyhook Engineering</title>
<meta name="description" content="Our failovers were slow because clients kept retrying a dead primary. Here is how we found the missing minute.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-02-18T08:00:00.000Z">
<link rel="canonical" href="https://tallyhook.example/blog/postgres-failover-90-to-6-seconds"><link rel="stylesheet" href="/_next/static/css/4f9e1c7a2b.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${egTitle}","datePublished":"2025-02-18T08:00:00.000Z",
"author":[{"@type":"Person","name":"Jonas Reuter"},{"@type":"Person","name":"Mira Okafor"}],"publisher":{"@type":"Organization","name":"Tallyhook"}}</script>
<script src="/_next/static/chunks/webpack-8c1f0a.js" async></script></head>
<body><div id="__next">
<div class="hiring-banner" role="region" aria-label="Announcement"><p class="hiring-banner__text">${egBanner} <a href="/careers?utm_source=blog_banner">See open
roles →</a></p><button class="hiring-banner__close" type="button" aria-label="Dismiss announcement">×</button></div>
<header class="site-header"><div class="container site-header__inner"><a href="/" class="site-header__logo" aria-label="Tallyhook home"><svg width="120"
height="28"
viewBox="0 0 120 28" role="img"><title>Tallyhook</title></svg></a><nav aria-label="Main"><ul class="site-nav">${links(egNav, 'site-nav__item')}</ul></nav>
<div class="site-header__actions"><a href="https://app.tallyhook.example/login" class="btn btn--ghost">Log in</a><a href="https://app.tallyhook.example/signup"
class="btn btn--primary">Start free trial</a></div></div></header>
<main id="main-content"><article class="post container container--narrow"><header class="post__header"><a class="post__category"
href="/blog/category/engineering">Engineering</a><h1 class="post__title">${egTitle}</h1><div class="post__meta"><ul class="post__authors">${egAuthors
  .map(
    ([n, r]) => `<li class="author-chip"><img src="/images/authors/${n?.split(' ')[0]?.toLowerCase()}.jpg" alt="" width="40" height="40"><div>
<span class="author-chip__name">${n}</span><span class="author-chip__role">${r}</span></div></li>`,
  )
  .join('')}</ul><div class="post__date"><time datetime="2025-02-18">February 18, 2025</time><span aria-hidden="true"> · </span><span>9 min read</span></div>
</div></header>
<div class="post__body prose">
<aside class="callout callout--tldr" role="note"><p>${egTldr}</p></aside>
${p(egP1)}
${h2(egH1)}
${p(egP2)}
${h2(egH2)}
${p(egP3)}
${code('60-pg-keepalive.conf', 'ini', egCode1)}
${h2(egH3)}
<ol>${egList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${p(egP4)}
${code('pgbouncer.ini', 'ini', egCode2)}
<figure class="post__figure"><img src="/images/blog/failover-gap.png" alt="Two line charts of write gaps" width="1400" height="720" loading="lazy">
<figcaption>${egCaption}</figcaption></figure>
${h2(egH4)}
${p(egP5)}
</div>
<footer class="post__footer"><div class="share-row"><span class="share-row__label">Share</span>${egShare
  .map((t) => `<a class="share-row__link" href="#" aria-label="${t}"><span class="sr-only">${t}</span></a>`)
  .join('')}</div></footer></article>
<section class="hiring-cta container container--narrow"><h2 class="hiring-cta__title">${egHire[0]}</h2><p>${egHire[1]}</p><a class="btn btn--primary"
href="/careers#engineering">${egHire[2]}</a></section>
<section class="more-posts container"><h2 class="more-posts__title">More from Engineering</h2><div class="more-posts__grid">${egMore
  .map((t) => `<a class="post-card" href="/blog/p"><span class="post-card__category">Engineering</span><h3 class="post-card__title">${t}</h3></a>`)
  .join('')}</div></section>
<section class="newsletter container container--narrow"><h2>${egNews[0]}</h2><p>${egNews[1]}</p><form class="newsletter__form"><label for="nl"
class="sr-only">${egNews[2]}</label><input id="nl" type="email" placeholder="you@company.com" required><button type="submit">${egNews[3]}</button></form>
</section>
</main>
<footer class="site-footer"><div class="container site-footer__grid">${egFoot
  .map(([h, items]) => `<div class="site-footer__col"><h3 class="site-footer__heading">${h}</h3><ul>${links(items)}</ul></div>`)
  .join('')}</div><p class="site-footer__legal">© 2025 Tallyhook GmbH. All rights reserved.</p></footer>
<div class="cookie-banner" role="dialog" aria-live="polite" aria-label="Cookie consent"><p>${egCookie[0]}</p><div class="cookie-banner__actions"><button
class="btn btn--primary">${egCookie[1]}</button><button class="btn btn--ghost">${egCookie[2]}</button><a href="/legal/cookies">${egCookie[3]}</a></div></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"postgres-failover-90-to-6-seconds"}},"page":"/blog/[slug]","buildId":"kq2Vb7"}
</script></body></html>`;
export const engineeringPost: TestPage = {
  html: egHtml,
  name: 'heldout90-nextjs-engineering-blog',
  kind: 'blog',
  // the TL;DR callout at the top of the text is the authors' own summary: body; code blocks (with their file names and
  // "Copy" buttons) are in neither list; the heading anchors ("#") are in neither list; the hiring banner, nav, category,
  // author roles, caption, share row, hiring card, "More from Engineering", newsletter, footer and cookie banner are
  // furniture; the author names, date and read time are bylines
  title: egTitle,
  headings: [egH1, egH2, egH3, egH4],
  body: [...texts([egTldr]), ...egP1, ...egP2, ...egP3, ...egList, ...egP4, ...egP5],
  bylines: ['Jonas Reuter', 'Mira Okafor', 'February 18, 2025', '9 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    egBanner, 'See open roles →', '×', 'Tallyhook', ...egNav, 'Log in', 'Start free trial', 'Engineering',
    ...egAuthors.map((a) => a[1] as string), egCaption,
    'Share', ...egShare, ...egHire, 'More from Engineering', ...egMore, ...egNews, ...egFoot.flatMap(([h, items]) => [h, ...items]),
    '© 2025 Tallyhook GmbH. All rights reserved.', ...egCookie,
  ],
};
