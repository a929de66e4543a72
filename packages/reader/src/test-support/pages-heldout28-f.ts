import { links, type TestPage, texts } from './page-kit.js';
import { academicNews } from './pages-heldout28-f2.js';

/**
 * Held-out batch 28, file f: a company engineering-blog incident postmortem on a Next.js site with utility classes (the
 * product header with "Log in" / "Start for free", the blog sub-nav, category label, title, two authors with roles, date and
 * reading time, the sticky "On this page" outline, h2 sections with a timeline list, a config code block, the remediation list,
 * share buttons, tags, the blog subscribe box, "Related posts" cards, the footer with a status badge, the cookie bar and the
 * __NEXT_DATA__ script). The academic homepage news post of this file is in pages-heldout28-f2.ts.
 */
const pmTitle = 'Post-incident review: delayed webhook deliveries on June 11, 2025';
const pmH = ['Summary', 'Timeline', 'Root cause', 'What we’re changing'];
const pmSummary = [
  'On June 11, 2025, between 14:02 and 17:48 UTC, tracking webhooks were delivered late for about 38% of our customers. At the ' +
    'worst point the median delay reached 47 minutes. No events were lost, and API requests for labels and rates were not affected, ' +
    'but customers who rely on webhooks to update their own systems saw stale tracking data for most of the European afternoon.',
  'We’re sorry. Webhooks are how most of you learn that a parcel has moved, and for almost four hours we did not deliver them on ' +
    'time. This post explains what happened, why it took us as long as it did to recover, and what we’re changing.',
] as const;
const pmTimelineP = 'All times are in UTC.';
const pmTimeline = [
  '14:02 — A routine deploy of the webhook dispatcher changes how retries are scheduled.',
  '14:09 — Queue depth alerts fire for the webhook delivery topic; the on-call engineer starts investigating.',
  '14:31 — The deploy is rolled back. Queue depth keeps growing.',
  '15:05 — We declare a major incident and post to our status page.',
  '15:40 — We find a single customer endpoint timing out on every request, holding dispatcher workers for 30 seconds each.',
  '16:12 — Per-endpoint concurrency limits are applied by hand, and throughput begins to recover.',
  '17:48 — The backlog is cleared and delivery delays are back to normal.',
];
const pmRoot = [
  'Our dispatcher sends webhooks from a shared pool of workers. Each worker takes the next event from the queue, makes an HTTP ' +
    'request to the customer’s endpoint and waits up to 30 seconds for a response.',
  'At 13:55 a large customer’s endpoint began accepting connections but never responding. Because this customer receives a high ' +
    'volume of events, within minutes most of our workers were waiting on the same endpoint, and events for every other customer ' +
    'sat in the queue behind them.',
  'The deploy at 14:02 was a coincidence, but a costly one: it made the deploy the obvious suspect, and we spent half an hour ' +
    'rolling it back before looking further. The limit we applied by hand at 16:12 looked like this:',
];
const pmCode = 'dispatcher:\n  workers: 400\n  request_timeout: 30s\n  max_in_flight_per_endpoint: 20   # added during the incident';
const pmFix = [
  'Per-endpoint concurrency limits are now permanent, so one slow endpoint can use at most 5% of dispatcher capacity.',
  'We’re lowering the default timeout from 30 to 10 seconds, with a longer timeout available on request.',
  'Endpoints that time out repeatedly will be paused automatically, and the account owner notified by email.',
  'We’re adding a per-customer delivery delay dashboard, so on-call engineers can see at a glance whether a backlog is shared or ' + 'caused by one endpoint.',
];
const pmClose =
  'If you have questions about how this affected your account, please <a href="/support">contact support</a>. We’ll post an ' +
  'update here when the remaining changes are complete.';
const pmAuthors: [string, string][] = [
  ['Rhea Castellanos', 'Staff Engineer, Platform'],
  ['Jonas Feld', 'Engineering Manager, Delivery'],
];
const pmNav = ['Product', 'Pricing', 'Docs', 'Customers', 'Blog'];
const pmBlogNav = ['All posts', 'Engineering', 'Product updates', 'Company'];
const pmShare = ['Copy link', 'Share on X', 'Share on LinkedIn'];
const pmTags = ['Incidents', 'Reliability', 'Webhooks'];
const pmSub = ['Subscribe to the Parcelry engineering blog', 'New posts about how we build and run Parcelry, about once a month.', 'Subscribe'];
const pmRelated = [
  'How we moved 2 billion tracking events to a new queue without downtime',
  'Engineering',
  'Retries, backoff and jitter: a field guide for webhook consumers',
  'Docs',
] as const;
const pmFootCols: [string, string[]][] = [
  ['Product', ['Labels API', 'Rates API', 'Tracking', 'Webhooks']],
  ['Company', ['About', 'Careers', 'Security', 'Contact']],
  ['Resources', ['Documentation', 'API status', 'Changelog']],
];
const pmStatus = 'All systems operational';
const pmCopy = '© 2025 Parcelry Ltd. All rights reserved.';
const pmCookie = 'We use cookies to understand how our site is used. You can change your choice at any time.';
const authorBlock = ([n, r]: [string, string]): string =>
  `<div class="flex items-center gap-3"><img src="/_next/image?url=%2Fauthors%2F${n.slice(0, n.indexOf(' ')).toLowerCase()}.jpg&amp;w=64&amp;q=75"
alt="" class="h-9 w-9 rounded-full"><div><p class="text-sm font-medium">${n}</p><p class="text-xs text-slate-500">${r}</p></div></div>`;
const pmHtml = `<!DOCTYPE html>
<html lang="en" class="__variable_3a0388"><head><meta charset="utf-8"><title>${pmTitle} | Parcelry Blog</title>
<meta name="description" content="${pmSummary[0].slice(0, 150)}">
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="">
<script src="/_next/static/chunks/webpack-8f1b2c.js" async=""></script></head>
<body class="bg-white text-slate-900 antialiased"><div id="__next"><header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex max-w-7xl items-center justify-between px-6 py-3"><a href="/" aria-label="Parcelry home">
<svg class="h-7 w-auto" role="img"><title>Parcelry</title></svg></a>
<nav class="hidden gap-8 text-sm font-medium md:flex"><ul class="flex gap-8">${links(pmNav)}</ul></nav><div class="flex items-center gap-3">
<a href="https://app.parcelry.example/login" class="text-sm">Log in</a>
<a href="https://app.parcelry.example/signup" class="rounded-md bg-indigo-600 px-4 py-2 text-white">Start for free</a>
</div></div></header>
<main><div class="border-b border-slate-100"><nav class="mx-auto flex max-w-5xl gap-6 px-6 py-3 text-sm" aria-label="Blog categories">
<ul class="flex gap-6">${links(pmBlogNav)}</ul>
</nav></div><div class="mx-auto grid max-w-6xl grid-cols-1 gap-12 px-6 py-12 lg:grid-cols-[1fr_220px]"><article class="min-w-0">
<header class="mb-10"><a href="/blog/category/engineering" class="text-xs font-semibold uppercase tracking-wide text-indigo-600">Engineering</a>
<h1 class="mt-3 text-4xl font-bold tracking-tight">${pmTitle}</h1><div class="mt-6 flex flex-wrap items-center gap-6">${pmAuthors.map(authorBlock).join('\n')}
</div><p class="mt-4 text-sm text-slate-500"><time dateTime="2025-06-18">June 18, 2025</time> <span aria-hidden="true">·</span> <span>9 min read</span></p>
</header><div class="prose prose-slate max-w-none">
<h2 id="summary">${pmH[0]}</h2>${pmSummary.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="timeline">${pmH[1]}</h2><p>${pmTimelineP}</p><ul>${pmTimeline.map((t) => `<li><strong>${t.slice(0, 5)}</strong>${t.slice(5)}</li>`).join('\n')}</ul>
<h2 id="root-cause">${pmH[2]}</h2>${pmRoot.map((p) => `<p>${p}</p>`).join('\n')}
<div data-rehype-pretty-code-fragment=""><pre data-language="yaml" data-theme="github-light"><code data-language="yaml">${pmCode}</code></pre>
<button class="copy-code" aria-label="Copy code">Copy</button></div>
<h2 id="what-we-re-changing">${pmH[3]}</h2><ul>${pmFix.map((t) => `<li>${t}</li>`).join('\n')}</ul><p>${pmClose}</p></div>
<footer class="mt-12 flex flex-wrap items-center justify-between gap-4 border-t border-slate-200 pt-6"><div class="flex gap-2">${pmTags
  .map((t) => `<a href="/blog/tag/${t.toLowerCase()}" class="rounded-full bg-slate-100 px-3 py-1 text-xs">#${t.toLowerCase()}</a>`)
  .join('')}</div><div class="flex gap-3">${pmShare.map((t) => `<button type="button" class="text-sm text-slate-600">${t}</button>`).join('')}</div></footer>
<section class="mt-16 rounded-xl bg-slate-50 p-8"><h2 class="text-xl font-semibold">${pmSub[0]}</h2><p class="mt-2 text-slate-600">${pmSub[1]}</p>
<form class="mt-4 flex gap-2"><input type="email" placeholder="you@company.com" aria-label="Email address"><button type="submit">${pmSub[2]}</button></form>
</section>
</article><aside class="hidden lg:block"><div class="sticky top-24"><p class="text-xs font-semibold uppercase text-slate-500">On this page</p>
<ul class="mt-3 space-y-2 text-sm">
${pmH.map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`).join('')}</ul></div></aside></div>
<section class="mx-auto max-w-6xl px-6 pb-16"><h2 class="text-2xl font-bold">Related posts</h2><div class="mt-6 grid gap-8 md:grid-cols-2">${[0, 2]
  .map(
    (i) => `<a href="#" class="block rounded-lg border p-6"><span class="text-xs uppercase text-indigo-600">${pmRelated[i + 1]}</span>
<h3 class="mt-2 font-semibold">${pmRelated[i]}</h3></a>`,
  )
  .join('\n')}</div></section></main>
<footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-8 px-6 py-12 md:grid-cols-4">${pmFootCols
  .map(([h, items]) => `<div><h3 class="text-sm font-semibold">${h}</h3><ul class="mt-4 space-y-2 text-sm">${links(items)}</ul></div>`)
  .join(
    '\n',
  )}<div><a href="https://status.parcelry.example" class="inline-flex items-center gap-2 text-sm"><span class="h-2 w-2 rounded-full bg-green-500"></span>
${pmStatus}</a></div></div><p class="px-6 pb-8 text-xs text-slate-500">${pmCopy}</p></footer>
<div role="dialog" aria-label="Cookie consent" class="fixed bottom-4 left-4 max-w-sm rounded-lg bg-white p-4 shadow-lg"><p class="text-sm">${pmCookie}</p>
<button>Accept</button> <button>Decline</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"webhook-delays-june-11","title":"${pmTitle}",
"date":"2025-06-18","readingTime":9}}},"page":"/blog/[slug]","buildId":"kJ3s9_fQ2aT"}</script></body></html>`;
const postmortem: TestPage = {
  html: pmHtml,
  name: 'heldout28-engineering-postmortem',
  kind: 'blog',
  // the summary paragraphs, the "All times are in UTC." line, the timeline items (bold time and event read as one line), the root
  // cause paragraphs, the remediation items and the closing paragraph are the post: body, under the four h2s (the outline repeats
  // them word for word: in neither list; its "On this page" label furniture); the config block is neither paragraph nor list
  // item: in no list; the two author names and the date are bylines, their roles and the reading time furniture; the "Engineering"
  // label (also a blog-nav item and a related card's type, once), tags, share buttons, the code block's "Copy", the subscribe
  // box, related posts ("Docs" also in the nav, once), header, nav ("Product" and "Company" also footer column titles, once),
  // status badge, footer and cookie bar are furniture
  title: pmTitle,
  headings: pmH,
  body: [...texts(pmSummary), pmTimelineP, ...pmTimeline, ...texts(pmRoot), ...pmFix, texts([pmClose])[0] ?? ''],
  bylines: [...pmAuthors.map((a) => a[0]), 'June 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Parcelry', ...pmNav, 'Log in', 'Start for free', ...pmBlogNav, ...pmAuthors.map((a) => a[1]), '9 min read', 'Copy',
    ...pmTags.map((t) => `#${t.toLowerCase()}`), ...pmShare, ...pmSub, 'On this page', 'Related posts', pmRelated[0], pmRelated[2],
    ...pmFootCols.flatMap(([h, i]) => (pmNav.includes(h) || pmBlogNav.includes(h) ? i : [h, ...i])), pmStatus, pmCopy, pmCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT28_F: readonly TestPage[] = [postmortem, academicNews];
