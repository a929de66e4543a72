import { links, type TestPage, texts } from './page-kit.js';
import { sphinxFuroPage } from './pages-heldout63-c2.js';

/**
 * Held-out batch 63, file c: a post on a company engineering blog built with Next.js and Tailwind (the `__next` root, a
 * sticky marketing header with "Log in" and "Get a demo", breadcrumb, headline and dek, two author avatars with names, the
 * date and reading time, a TL;DR box, MDX prose with autolinked h2s, inline code, rehype-pretty-code blocks and a chart
 * figure with its caption, the "On this page" table of contents, tags, share buttons, "Written by" cards with roles and
 * bios, the hiring call-out, the newsletter form, "More from Engineering", the cookie banner, the footer columns and the
 * `__NEXT_DATA__` script).
 */
const ebTitle = 'How we cut our Postgres autovacuum backlog from days to minutes';
const ebDek = 'A 1.9 TB table, a transaction ID wraparound scare and the three changes that fixed it.';
const ebTldr =
  'A busy events table outgrew Postgres’s default vacuum settings. Raising the cost limit for that one table, dropping unused ' +
  'indexes and moving an analytics replica off hot_standby_feedback took a full vacuum from 19 hours to under 7 minutes.';
const ebBody1 = [
  'In August, one of our on-call engineers noticed that the <code>shipments_events</code> table in our main Postgres cluster had ' +
    'grown to 1.9 TB, nearly three times its size at the start of the year, even though the number of live rows had barely ' +
    'changed. This post explains how that happened, how close we came to a transaction ID wraparound, and what we changed.',
];
const ebH1 = 'Background';
const ebBody2 = [
  'Every time a parcel is scanned, we write a row to <code>shipments_events</code>. At peak that is around 40,000 inserts and ' +
    '25,000 updates a second, because a second process marks each event as processed a few seconds after it arrives. An update ' +
    'in Postgres leaves the old version of the row behind as a dead tuple, and it is autovacuum’s job to clean them up.',
  'Autovacuum had been running on the table continuously since March. It simply never finished. Each run took longer than the ' +
    'interval between runs, so the backlog grew, and dead tuples piled up faster than they were removed.',
];
const ebH2 = 'What was slowing vacuum down';
const ebBody3 = ['We found three problems, each of which would have been manageable on its own:'];
const ebList = [
  'The cost limit was still at the default of 200, which throttled vacuum to a few megabytes a second on disks that can do ' + 'several hundred.',
  'The table had eleven indexes, four of which had not been used by any query in over a year. Vacuum has to scan every index ' + 'on every pass.',
  'A long-running analytics replica with <code>hot_standby_feedback</code> turned on was holding back the oldest transaction ' +
    'horizon, so vacuum could not remove tuples that were still visible to it.',
];
const ebH3 = 'The fix';
const ebBody4 = ['We raised the cost limit for this table only, rather than for the whole cluster, so that other workloads would not be affected:'];
const ebCode1 =
  'ALTER TABLE shipments_events SET (\n  autovacuum_vacuum_cost_limit = 4000,\n  autovacuum_vacuum_cost_delay = 1,\n' +
  '  autovacuum_vacuum_scale_factor = 0.01\n);';
const ebBody5 = [
  'We then dropped the four unused indexes, after checking <code>pg_stat_user_indexes</code> on the primary and on every replica, ' +
    'and moved the analytics workload to a logical replica that does not feed back to the primary.',
  'The first full vacuum after these changes took 19 hours. The next one took 41 minutes. Since then, runs have settled at ' +
    'between 4 and 7 minutes, and the table has shrunk back to 640 GB after a one-off <code>pg_repack</code>.',
];
const ebH4 = 'What we would do differently';
const ebBody6 = [
  'The warning signs were all in our metrics months before anyone looked at them. We now alert when the age of the oldest ' +
    'transaction ID passes 500 million, when dead tuples exceed 20% of live tuples on any table over 10 GB, and when a single ' +
    'autovacuum worker has been running on the same table for more than six hours.',
  'None of this is new, and most of it is in the Postgres documentation. But defaults that are fine for a small database can ' +
    'quietly fail on a busy one, and it is worth checking them before they turn into an incident.',
];
const ebCaption = 'Figure 1: Dead tuples on shipments_events, March to September 2025. The drop in late August is the first full vacuum.';
const ebNav = ['Product', 'Customers', 'Pricing', 'Docs', 'Careers'];
const ebMore: [string, string][] = [
  ['Replacing our job queue without a migration weekend', 'September 16, 2025'],
  ['What 18 months of on-call data taught us about alert fatigue', 'August 5, 2025'],
  ['Building address validation that works in 90 countries', 'June 24, 2025'],
];
const ebFoot = ['Tracking API', 'Returns', 'Analytics', 'About', 'Blog', 'Press', 'Status', 'Security', 'Privacy', 'Terms'];
const ebBios: [string, string, string][] = [
  ['Ravi Menon', 'Staff Engineer, Storage', 'Ravi looks after the databases behind tracking and has been at Parcelwise since 2019.'],
  ['Elena Sokolova', 'Senior Site Reliability Engineer', 'Elena runs the on-call rotation for the core platform and writes most of our runbooks.'],
];
const h2 = (id: string, t: string): string =>
  `<h2 id="${id}" class="group scroll-mt-24"><a aria-hidden="true" tabindex="-1" href="#${id}" class="anchor"><span
class="icon icon-link"></span></a>${t}</h2>`;
const code = (lang: string, src: string): string =>
  `<figure data-rehype-pretty-code-figure=""><pre style="background-color:#0d1117;color:#e6edf3" tabindex="0" data-language="${lang}" data-theme="github-dark">
<code data-language="${lang}" data-theme="github-dark" style="display:grid">${src
    .split('\n')
    .map((l) => `<span data-line=""><span style="color:#E6EDF3">${l}</span></span>`)
    .join('\n')}</code></pre></figure>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ebHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>${ebTitle} | Parcelwise Engineering</title>
<meta name="description" content="${ebDek}"><meta property="og:type" content="article"><link rel="preload" href="/_next/static/media/inter.woff2" as="font"
crossorigin="">
<link rel="stylesheet" href="/_next/static/css/4b1f0c2e9a7d.css" data-precedence="next"></head>
<body class="bg-white text-slate-900 antialiased"><div id="__next"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/80 backdrop-blur"><div
class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a href="/" class="flex items-center gap-2 font-semibold"><svg aria-hidden="true" class="h-6 w-6"></svg><span>Parcelwise</span>
<span class="rounded bg-slate-100 px-1.5 text-xs">Engineering</span></a><nav class="hidden gap-6 md:flex"><ul
class="flex gap-6 text-sm">${links(ebNav)}</ul></nav>
<div class="flex gap-3"><a href="https://app.parcelwise.example/login" class="text-sm">Log in</a>
<a href="/demo" class="rounded-md bg-indigo-600 px-3 py-1.5 text-sm text-white">Get a demo</a></div></div></header>
<main class="flex-1"><div class="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-12 xl:grid-cols-[1fr_16rem]"><article class="min-w-0">
<nav aria-label="Breadcrumb" class="text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/blog">Blog</a></li><li aria-hidden="true">/</li>
<li><a href="/blog/category/infrastructure">Infrastructure</a></li></ol></nav>
<h1 class="mt-4 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">${ebTitle}</h1><p class="mt-4 text-xl text-slate-600">${ebDek}</p>
<div class="mt-6 flex items-center gap-4"><div class="flex -space-x-2"><img alt="" src="/_next/image?url=%2Fauthors%2Fravi.jpg&amp;w=96&amp;q=75" width="40"
height="40"
class="rounded-full ring-2 ring-white"><img alt="" src="/_next/image?url=%2Fauthors%2Felena.jpg&amp;w=96&amp;q=75" width="40" height="40"
class="rounded-full ring-2 ring-white">
</div><div><p class="text-sm font-medium"><a href="/blog/authors/ravi-menon">Ravi Menon</a> and <a href="/blog/authors/elena-sokolova">Elena Sokolova</a></p>
<p class="text-sm text-slate-500"><time dateTime="2025-10-28">October 28, 2025</time><span aria-hidden="true"> · </span><span>11 min read</span></p></div></div>
<div class="prose prose-slate mt-10 max-w-none lg:prose-lg">
<div class="not-prose my-8 rounded-lg border border-indigo-200 bg-indigo-50 p-5"><p
class="text-sm font-semibold uppercase tracking-wide text-indigo-700">TL;DR</p>
<p class="mt-2 text-slate-700">${ebTldr}</p></div>
${ps(ebBody1)}
${h2('background', ebH1)}
${ps(ebBody2)}
<figure><img alt="Line chart of dead tuples rising from March and dropping sharply in late August"
src="/_next/image?url=%2Fblog%2Fvacuum%2Fdead-tuples.png&amp;w=1920&amp;q=75"
width="1600" height="800" loading="lazy"><figcaption>${ebCaption}</figcaption></figure>
${h2('what-was-slowing-vacuum-down', ebH2)}
${ps(ebBody3)}
<ol>${ebList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${h2('the-fix', ebH3)}
${ps(ebBody4)}
${code('sql', ebCode1)}
${ps(ebBody5)}
${h2('what-we-would-do-differently', ebH4)}
${ps(ebBody6)}
</div>
<div class="mt-12 flex flex-wrap items-center justify-between gap-4 border-t pt-6"><ul
class="flex gap-2">${links(['Postgres', 'Reliability', 'Databases'], 'rounded-full bg-slate-100 px-3 text-xs')}</ul>
<div class="flex items-center gap-2"><span class="text-sm text-slate-500">Share this post</span><a href="https://x.com/intent/tweet?url="
aria-label="Share on X">
<svg aria-hidden="true"></svg></a><a href="https://www.linkedin.com/sharing/share-offsite/?url=" aria-label="Share on LinkedIn"><svg
aria-hidden="true"></svg></a>
<button type="button" class="text-sm">Copy link</button></div></div>
<section class="mt-12"><h2 class="text-sm font-semibold uppercase text-slate-500">Written by</h2><div class="mt-4 grid gap-6 sm:grid-cols-2">${ebBios
  .map(
    ([n, r, b]) =>
      `<div class="flex gap-4"><img alt="" src="/_next/image?url=%2Fauthors%2F${n.slice(0, n.indexOf(' ')).toLowerCase()}.jpg&amp;w=128&amp;q=75"
width="56" height="56" class="rounded-full"><div><p class="font-semibold">${n}</p><p class="text-sm text-slate-500">${r}</p><p
class="mt-2 text-sm text-slate-600">${b}</p></div></div>`,
  )
  .join('\n')}</div></section>
<section class="mt-12 rounded-xl bg-slate-900 p-8 text-white"><h2 class="text-2xl font-semibold">We’re hiring</h2>
<p class="mt-2 text-slate-300">Our Storage team is growing. Help us keep 40,000 scans a second flowing.</p><a href="/careers?team=storage"
class="mt-4 inline-block">See open roles</a></section>
</article><aside class="hidden xl:block"><nav aria-label="Table of contents" class="sticky top-24"><p class="text-sm font-semibold">On this page</p>
<ul class="mt-3 space-y-2 text-sm">${[ebH1, ebH2, ebH3, ebH4]
  .map(
    (t) => `<li><a
href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav></aside></div>
<section class="border-t bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-12"><h2 class="text-xl font-semibold">More from Engineering</h2>
<div class="mt-6 grid gap-6 md:grid-cols-3">${ebMore
  .map(
    ([t, d]) => `<a href="/blog/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="block rounded-lg border bg-white p-5"><h3 class="font-semibold">${t}</h3>
<p class="mt-2 text-sm text-slate-500">${d}</p></a>`,
  )
  .join('')}</div>
<form class="mt-12 max-w-lg"><h2 class="text-xl font-semibold">Get new engineering posts by email</h2><p class="mt-1 text-sm text-slate-600">About one post a
month. No marketing.</p>
<label for="nl" class="sr-only">Work email</label><input id="nl" type="email" placeholder="you@company.com"><button
type="submit">Subscribe</button></form></div></section></main>
<footer class="border-t"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-8 px-4 py-12 md:grid-cols-4"><p class="font-semibold">Parcelwise</p>
<ul class="space-y-2 text-sm">${links(ebFoot)}</ul></div><p class="px-4 pb-8 text-xs text-slate-500">© 2025 Parcelwise, Inc.</p></footer>
<div role="dialog" aria-label="Cookie consent" class="fixed bottom-4 left-4 max-w-sm rounded-lg border bg-white p-4 shadow-lg">
<p class="text-sm">We use cookies to understand how our site is used. See our cookie
policy.</p><button>Accept</button><button>Decline</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"postgres-autovacuum-backlog","title":"${ebTitle}",
"authors":["ravi-menon","elena-sokolova"],"date":"2025-10-28","readingTime":11,"tags":["postgres","reliability","databases"]}}},"page":"/blog/[slug]",
"query":{"slug":"postgres-autovacuum-backlog"},"buildId":"k2ZxPq8d1RtW","isFallback":false,"gsp":true}</script></body></html>`;
const engBlog: TestPage = {
  html: ebHtml,
  name: 'heldout63-company-engineering-blog',
  kind: 'blog',
  // the dek and the TL;DR box's text are body (the box is the authors' own summary; its "TL;DR" label is in neither), the
  // four h2s are the headings and the ordered list is body; the SQL block is code (in neither); both names, the roles on the
  // "Written by" cards and the date are bylines; the reading time, the cards' bios, the chart caption, breadcrumb, tags,
  // share, the hiring box, "On this page" (its entries are the headings: left out), "More from Engineering", newsletter,
  // cookie banner, header and footer are furniture; the tag "Postgres" and the footer's "Analytics" are words of the body:
  // left out; "Blog" (breadcrumb and footer) is listed once
  title: ebTitle,
  headings: [ebH1, ebH2, ebH3, ebH4],
  body: [ebDek, ebTldr, ...texts(ebBody1), ...texts(ebBody2), ...texts(ebBody3), ...texts(ebList), ...texts(ebBody4), ...texts(ebBody5), ...texts(ebBody6)],
  bylines: ['Ravi Menon', 'Elena Sokolova', 'October 28, 2025', 'Staff Engineer, Storage', 'Senior Site Reliability Engineer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Parcelwise', 'Engineering', ...ebNav, 'Log in', 'Get a demo', 'Blog', 'Infrastructure', '11 min read', ebCaption, 'Reliability', 'Databases',
    'Share this post', 'Copy link', 'Written by', ...ebBios.map(([, , b]) => b), 'We’re hiring',
    'Our Storage team is growing. Help us keep 40,000 scans a second flowing.', 'See open roles', 'On this page', 'More from Engineering',
    ...ebMore.flat(), 'Get new engineering posts by email', 'About one post a month. No marketing.', 'Work email', 'Subscribe',
    ...ebFoot.filter((t) => !['Blog', 'Analytics'].includes(t)), '© 2025 Parcelwise, Inc.',
    'We use cookies to understand how our site is used. See our cookie policy.', 'Accept', 'Decline',
  ],
};

export const HELDOUT63_C: readonly TestPage[] = [engBlog, sphinxFuroPage];
