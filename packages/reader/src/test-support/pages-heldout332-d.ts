import { links, ps, type TestPage, texts } from './page-kit.js';
import { notion } from './pages-heldout332-d2.js';
import { j, lis } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file d: a startup's public changelog on a Mintlify docs site (Next.js markup: the top bar with search and
 * the dashboard button, the tabs, the sidebar navigation, the page header with its description, one Update block per release
 * with its date label and version pill, the "Was this page helpful?" feedback row, the on-page "On this page" list and the
 * footer with the "Powered by Mintlify" link) and, from file d2, a founder's hiring page made in Notion.
 */
const cTitle = 'Changelog';
const cDesc = 'New features, improvements and fixes to the Cinderpost email API.';
type U = { date: string; ver: string; head: string; intro: string; items: string[] };
const cUpdates: U[] = [
  {
    date: 'March 12, 2026',
    ver: 'v2.14',
    head: 'Scheduled sends and batch cancellation',
    intro: j(
      'You can now schedule any message up to 30 days ahead by passing a send_at timestamp, and cancel a whole batch of scheduled',
      'messages with one call.',
    ),
    items: [
      'New endpoint POST /v2/batches/{id}/cancel cancels every message in a batch that has not yet been handed to a mail server.',
      'Scheduled messages appear in the web console with a countdown and can be rescheduled by dragging them on the timeline.',
      'The Node and Python libraries accept a Date or datetime object for send_at and convert it to UTC for you.',
    ],
  },
  {
    date: 'February 26, 2026',
    ver: 'v2.13',
    head: 'Inbound parsing for custom domains',
    intro: j(
      'Receiving was previously limited to addresses on our shared domain. Any verified custom domain can now receive mail,',
      'which we parse into JSON and post to your webhook.',
    ),
    items: [
      'Attachments up to 25 MB are stored for seven days and linked from the webhook payload with signed URLs.',
      'Spam scores and SPF, DKIM and DMARC results are included with every inbound message.',
      'Fixed a bug where replies with quoted HTML lost their line breaks in the plain-text part.',
    ],
  },
  {
    date: 'February 9, 2026',
    ver: 'v2.12',
    head: 'Faster suppression lists',
    intro: j(
      'Suppression checks moved to a new store, and the median time to accept a send request fell from 41 ms to 12 ms. Lists with',
      'more than a million addresses no longer slow down bulk sends.',
    ),
    items: [
      'Suppression entries can carry a reason and an expiry date, after which the address is removed automatically.',
      'CSV import of suppressions now reports invalid rows instead of rejecting the whole file.',
      'The rate limit for the suppression endpoints was raised from 10 to 50 requests per second.',
    ],
  },
  {
    date: 'January 22, 2026',
    ver: 'v2.11',
    head: 'Deprecation of v1 webhooks',
    intro: j(
      'Event callbacks in the v1 format will stop being delivered on June 30, 2026. The v2 format groups events per message and signs each',
      'request with a rotating secret. The migration guide walks through the changes field by field.',
    ),
    items: [
      'Banners in the web console now show which of your endpoints still receive v1 payloads.',
      'A test button sends a sample v2 event to any endpoint so you can check your handler before switching.',
    ],
  },
];
const cTabs = ['Documentation', 'API Reference', 'SDKs', 'Changelog'];
const cSide = ['Introduction', 'Quickstart', 'Sending email', 'Inbound email', 'Webhooks', 'Suppressions', 'Migrating to v2 webhooks'];
const cFoot = ['X', 'GitHub', 'LinkedIn'];
const cHtml = `<!DOCTYPE html><html lang="en" class="dark"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Changelog - Cinderpost</title><meta name="description" content="${cDesc}"/><meta name="generator" content="Mintlify"/>
<meta property="og:title" content="Changelog - Cinderpost"/><meta property="og:site_name" content="Cinderpost"/>
<link rel="stylesheet" href="/_next/static/css/b1e3f07a4c.css" data-precedence="next"/>
<script src="/_next/static/chunks/webpack-3c9d2a.js" async=""></script></head>
<body><div id="__next"><div class="relative antialiased text-gray-500 dark:text-gray-400">
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full"><div class="relative flex items-center h-14"><a href="/" class="flex-1 flex items-center gap-x-4">
<span class="sr-only">Cinderpost home page</span><img class="nav-logo w-auto h-7" src="/logo/dark.svg" alt="light logo"/></a>
<button type="button" id="search-bar-entry" class="flex pointer-events-auto rounded-xl w-full items-center text-sm leading-6 h-9 pl-3.5 py-1">
Search or ask...<span class="ml-auto">Ctrl K</span></button>
<a href="https://dashboard.cinderpost.example" class="group px-4 py-1.5 rounded-full">Dashboard</a></div>
<div class="hidden lg:flex px-12 h-12 nav-tabs">${cTabs
  .map((t) => `<a class="link nav-tabs-item group relative h-full gap-2 flex items-center font-medium" href="/${t.toLowerCase()}">${t}</a>`)
  .join('\n')}</div></div>
<div class="max-w-8xl px-4 mx-auto lg:px-8"><div id="sidebar" class="hidden lg:block fixed z-20 bottom-0 right-auto w-[18rem]">
<div id="navigation-items"><div class="sidebar-group-header"><h5 id="sidebar-title" class="pl-4 mb-3.5 lg:mb-2.5 font-semibold">Get started</h5></div>
<ul id="sidebar-group" class="space-y-px">${links(cSide, 'relative')}</ul></div></div>
<div id="content-area" class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem]">
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary text-sm font-semibold">Resources</div>
<div class="flex items-center"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl font-bold tracking-tight">${cTitle}</h1></div></div>
<div class="mt-2 text-lg prose prose-gray dark:prose-invert"><p>${cDesc}</p></div></header>
<div class="mdx-content relative mt-8 prose prose-gray dark:prose-invert" id="content" data-page-title="Changelog" data-page-href="/changelog">
${cUpdates
  .map(
    (u) => `<div class="update-container flex flex-col relative items-start w-full lg:flex-row gap-2 lg:gap-6 py-8" id="${u.ver}">
<div class="lg:sticky top-[var(--scroll-mt)] group flex flex-col w-full lg:w-[160px] items-start flex-shrink-0 justify-start">
<div class="text-sm font-medium px-2 py-0.5 rounded-lg" data-component-part="update-label">${u.date}</div>
<div class="flex flex-wrap gap-2"><div class="text-sm px-2 py-0.5 border rounded-md" data-component-part="update-tag">${u.ver}</div></div></div>
<div class="flex-1 overflow-hidden px-0.5 max-w-full" data-component-part="update-content"><h2 class="flex whitespace-pre-wrap group" id="${u.ver}-title">
<span class="cursor-pointer">${u.head}</span></h2>
${ps([u.intro])}
<ul>${lis(u.items)}</ul></div></div>`,
  )
  .join('\n')}
</div>
<div class="feedback-toolbar pb-16 w-full flex items-center"><p class="text-sm">Was this page helpful?</p><button>Yes</button><button>No</button>
<a href="https://github.com/cinderpost/docs/edit/main/changelog.mdx">Suggest edits</a>
<a href="https://github.com/cinderpost/docs/issues/new">Raise issue</a></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t"><div class="flex gap-6">${links(cFoot)}</div>
<a href="https://mintlify.com/preview-request?utm_campaign=poweredBy" target="_blank">Powered by Mintlify</a></footer></div>
<div class="z-10 hidden xl:flex pl-10 box-border w-[19rem]" id="table-of-contents"><div class="text-gray-700 text-sm leading-6">
<div class="flex items-center font-medium">On this page</div><ul id="table-of-contents-content" class="toc">${cUpdates
  .map((u) => `<li class="toc-item relative"><a href="#${u.ver}">${u.date}</a></li>`)
  .join('')}</ul></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"mdxSource":{"frontmatter":{"title":"Changelog"}}}},
"page":"/_sites/[subdomain]/[[...slug]]"}
</script></body></html>`;
const mintlify: TestPage = {
  name: 'heldout332-mintlify-changelog',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cUpdates.map((u) => u.head),
  body: texts([cDesc, ...cUpdates.flatMap((u) => [u.intro, ...u.items])]),
  bylines: cUpdates.map((u) => u.date),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cinderpost home page', 'Search or ask...', 'Ctrl K', 'Dashboard', ...cTabs.filter((t) => t !== 'Changelog'), 'Get started', ...cSide, 'Resources',
    ...cUpdates.map((u) => u.ver), 'Was this page helpful?', 'Yes', 'Suggest edits', 'Raise issue', 'GitHub', 'LinkedIn', 'Powered by Mintlify',
    'On this page',
  ],
};

export const HELDOUT332_D: readonly TestPage[] = [mintlify, notion];
