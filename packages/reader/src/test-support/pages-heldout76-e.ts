import { links, type TestPage, texts } from './page-kit.js';
import { gitbookPage } from './pages-heldout76-e2.js';

/**
 * Held-out batch 76, file e: a product changelog on a Mintlify docs site (the navbar with search and "⌘K", "Support",
 * "Dashboard" and "Get started", the tabs, the left sidebar, the page title and description with "Copy page", <Update>
 * blocks each with a date label, tags and a version description beside the content, headings with hidden "Navigate to
 * header" anchors and zero-width spaces, a callout, the "Was this page helpful?" box, the "On this page" list of dates, the
 * footer with "Powered by Mintlify") and, from file e2, a GitBook documentation page.
 */
interface MlUpdate {
  date: string;
  version: string;
  tags: string[];
  parts: [string, string[]][];
  list?: string[];
  callout?: string;
}
const mlUpdates: MlUpdate[] = [
  {
    date: 'November 10, 2025',
    version: 'v2.14.0',
    tags: ['Feature', 'API'],
    parts: [
      [
        'Scheduled exports',
        [
          'You can now schedule invoice and payment exports to run daily, weekly or monthly. Exports are delivered as CSV ' +
            'files to an S3 bucket or an SFTP server, and every run is listed in the dashboard with its status and row count.',
        ],
      ],
      [
        'Webhook retries',
        [
          'Failed webhook deliveries are now retried with exponential backoff for up to 72 hours instead of 24. You can ' +
            'see each attempt, its response code and the time of the next retry on the webhook’s detail page.',
        ],
      ],
    ],
  },
  {
    date: 'October 27, 2025',
    version: 'v2.13.2',
    tags: ['Fix'],
    parts: [['Bug fixes', []]],
    list: [
      'Fixed credit notes showing the wrong tax total when an invoice had more than one tax rate.',
      'The customer search no longer ignores accented characters in company names.',
      'Dates in PDF invoices now follow the customer’s locale rather than the account’s.',
      'Webhook signatures are now verified correctly when the payload contains emoji or other four-byte characters.',
      'The dashboard no longer logs you out when you switch between two accounts in separate browser tabs.',
    ],
  },
  {
    date: 'October 14, 2025',
    version: 'v2.13.0',
    tags: ['Feature', 'Dashboard'],
    parts: [
      [
        'Partial payments',
        [
          'Invoices can now be paid in several parts. Each payment is recorded against the invoice, the remaining ' +
            'balance is shown on the hosted payment page, and the invoice moves to paid once the full amount has arrived.',
        ],
      ],
      [
        'Deprecation of the v1 reports endpoint',
        [
          'The <code>/v1/reports</code> endpoint will stop responding on January 31, 2026. ' +
            'Use <code>/v2/reports</code>, which returns the same data with cursor-based pagination. The migration guide lists the ' +
            'field names that changed.',
        ],
      ],
    ],
    callout: 'If you still call the v1 endpoint, the dashboard shows a warning with the number of requests you made in the last 30 days.',
  },
  {
    date: 'September 29, 2025',
    version: 'v2.12.0',
    tags: ['Feature'],
    parts: [
      [
        'Multi-currency price lists',
        [
          'Products can now carry a price in up to twenty currencies. When an invoice is created in a ' +
            'currency that has its own price, that price is used instead of a converted one, so customers in different markets always ' +
            'see round numbers.',
          'Existing products keep their single price until you add others. The price list API accepts the new ' +
            '<code>prices</code> array alongside the old <code>unit_amount</code> field, which will keep working for at least a year.',
        ],
      ],
    ],
  },
];
const mlIntro = 'New updates and improvements to Ledgerline.';
const mlNav = ['Support', 'Dashboard', 'Get started'];
const mlTabs = ['Documentation', 'API Reference'];
const mlSidebar: [string, string[]][] = [
  ['Get started', ['Introduction', 'Quickstart', 'Authentication']],
  ['Resources', ['Webhooks', 'Errors', 'Changelog']],
];
const mlFoot = ['x', 'github', 'linkedin', 'Powered by Mintlify'];
const mlSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const mlH = (t: string): string => `<h2 class="flex whitespace-pre-wrap group font-semibold" id="${mlSlug(t)}"><div class="absolute">
<a href="#${mlSlug(t)}" class="-ml-10 flex items-center opacity-0 border-0 group-hover:opacity-100" aria-label="Navigate to header">\u200b<div
class="w-6 h-6 text-gray-400 rounded-md flex items-center justify-center zinc-box bg-white ring-1 ring-gray-400/30"><svg xmlns="http://www.w3.org/2000/svg"
fill="gray" height="12px" viewBox="0 0 576 512"></svg></div></a></div><span class="cursor-pointer">${t}</span></h2>`;
const mlUpdate = (u: MlUpdate): string => `<div class="update-container flex flex-col relative items-start w-full lg:flex-row gap-2 lg:gap-6
py-8" id="${mlSlug(u.date)}"><div class="lg:sticky top-[var(--scroll-mt)] group flex flex-col relative items-start w-full lg:w-[160px] gap-3 lg:gap-4">
<a href="#${mlSlug(u.date)}" class="peer"><div class="px-2 py-1 rounded-lg text-sm font-semibold bg-primary/10 text-primary" data-component-part="update-label">
${u.date}</div></a><div class="flex flex-wrap gap-3" data-component-part="update-tag-list">${u.tags
  .map((t) => `<div class="text-gray-600 dark:text-gray-400 text-sm" data-component-part="update-tag">${t}</div>`)
  .join('')}</div>
<div class="text-sm text-gray-600" data-component-part="update-description">${u.version}</div></div>
<div class="flex-1 overflow-hidden px-0.5 max-w-full" data-component-part="update-content"><div class="prose prose-gray dark:prose-invert">
${u.parts.map(([h, ps]) => `${mlH(h)}\n${ps.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n')}
${u.list ? `<ul>${u.list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}
${
  u.callout
    ? `<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-amber-500/20 bg-amber-50/50" data-callout-type="warning">
<div class="mt-0.5 w-4" data-component-part="callout-icon"><svg class="w-4 h-4" aria-label="Warning"></svg></div>
<div class="text-sm prose min-w-0 w-full" data-component-part="callout-content"><p>${u.callout}</p></div></div>`
    : ''
}</div></div></div>`;
const mlHtml = `<!DOCTYPE html>
<html lang="en" class="__variable_3bbdad antialiased light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changelog - Ledgerline</title><meta name="description" content="${mlIntro}"><meta name="generator" content="Mintlify">
<meta property="og:title" content="Changelog - Ledgerline"><meta property="og:site_name" content="Ledgerline">
<link rel="stylesheet" href="/mintlify-assets/_next/static/css/5e1d0a7f3c2b.css">
<script id="_mintlify-banner-script">(function m(a,b,c,d){try{let e=document.getElementById("banner")}catch(e){}})("__mintlify-bannerDismissed")</script>
</head><body><div id="__next"><div class="relative antialiased text-gray-500 dark:text-gray-400"><span class="fixed inset-0 bg-background-light"></span>
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom peer is-not-center">
<div class="z-10 absolute w-full h-full border-b border-gray-500/5">
</div><div class="max-w-8xl mx-auto relative"><div class="relative"><div class="flex items-center lg:px-12 h-16 min-w-0 mx-4 lg:mx-0">
<div class="h-full relative flex-1 flex items-center gap-x-4 min-w-0 border-b border-gray-500/5"><div class="flex-1 flex items-center gap-x-4">
<a href="/"><span class="sr-only">Ledgerline home page</span><img class="nav-logo w-auto h-7 relative object-contain block dark:hidden" src="/logo/light.svg"
alt="light logo"></a></div><div class="relative hidden lg:flex items-center flex-1 z-20 gap-2.5"><button type="button" id="search-bar-entry"
class="flex pointer-events-auto rounded-xl w-full items-center text-sm leading-6 h-9 pl-3.5 pr-3 text-gray-500"><svg class="h-4 w-4"></svg>
<div class="truncate min-w-0 flex-1">Search...</div><span class="flex-none text-xs font-semibold">⌘K</span></button></div>
<div class="flex-1 relative hidden lg:flex items-center ml-auto justify-end space-x-4"><nav class="text-sm"><ul class="flex space-x-6 items-center">
<li><a class="whitespace-nowrap font-medium text-gray-600" href="mailto:support@ledgerline.example">${mlNav[0]}</a></li>
<li><a class="whitespace-nowrap font-medium text-gray-600" href="https://app.ledgerline.example">${mlNav[1]}</a></li>
<li><a class="group px-4 py-1.5 relative inline-flex items-center text-sm font-medium rounded-xl bg-primary-dark text-white"
href="https://app.ledgerline.example/signup">
${mlNav[2]}</a></li></ul></nav></div></div></div>
<div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full flex text-sm gap-x-6">${mlTabs
  .map((t) => `<a class="link nav-tabs-item group relative h-full gap-2 flex items-center font-medium" href="/${mlSlug(t)}">${t}</a>`)
  .join('\n')}<a class="link nav-tabs-item nav-tabs-item-active group relative h-full gap-2 flex items-center font-semibold text-primary" href="/changelog">
Changelog</a></div></div></div></div></div>
<div class="max-w-8xl px-0 lg:px-5 mx-auto"><div class="z-20 hidden lg:block fixed bottom-0 right-auto w-[18rem]" id="sidebar"><div id="sidebar-content"
class="absolute inset-0 z-10 stable-scrollbar-gutter overflow-auto pr-8 pb-10"><div class="text-sm relative" id="navigation-items">${mlSidebar
  .map(
    ([g, items]) => `<div class="mt-12 lg:mt-8"><h5 id="sidebar-title" class="pl-4 mb-3.5 lg:mb-2.5 font-semibold text-gray-900">${g}</h5>
<ul id="sidebar-group" class="sidebar-group space-y-px">${links(items, 'relative scroll-m-4 first:scroll-m-20')}</ul></div>`,
  )
  .join('\n')}</div></div></div>
<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10">
<div class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem] h-[calc(100vh-9.5rem)]
top-[7.5rem]" id="content-side-layout"><div class="z-10 hidden xl:flex pl-10 box-border w-[19rem]" id="table-of-contents-layout"><div id="table-of-contents"
class="text-gray-600 text-sm leading-6 w-[16.5rem] overflow-y-auto space-y-2 pb-4 -mt-10 pt-10">
<div class="text-gray-700 font-medium flex items-center space-x-2">
<span>On this page</span></div><ul id="table-of-contents-content" class="toc">${mlUpdates
  .map((u) => `<li class="toc-item relative" data-depth="0"><a href="#${mlSlug(u.date)}" class="py-1 block font-medium hover:text-gray-900">${u.date}</a></li>`)
  .join('')}</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area">
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary text-sm font-semibold">Resources</div>
<div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl text-gray-900
tracking-tight">Changelog</h1><div class="items-center shrink-0 min-w-[156px] justify-end ml-auto sm:flex hidden" id="page-context-menu">
<button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 py-1.5 border border-gray-200"><span>Copy page</span></button></div></div></div>
<div class="mt-2 text-lg prose prose-gray dark:prose-invert"><p>${mlIntro}</p></div></header>
<div class="mdx-content relative mt-8 prose prose-gray dark:prose-invert" data-page-title="Changelog" data-page-href="/changelog" id="content">
${mlUpdates.map(mlUpdate).join('\n')}
</div>
<div class="feedback-toolbar pb-16 w-full flex items-center gap-y-3 justify-between"><div class="flex items-center gap-2"><p class="text-sm text-gray-600">
Was this page helpful?</p><button class="px-3.5 py-1.5 rounded-full border"><span class="text-sm">Yes</span></button><button class="px-3.5 py-1.5
rounded-full border"><span class="text-sm">No</span></button></div><a class="text-sm" href="https://github.example/ledgerline/docs/edit/main/changelog.mdx">
Suggest edits</a></div>
<div id="pagination" class="px-0.5 flex items-center text-sm font-semibold text-gray-700"><a class="flex items-center space-x-3 group" href="/errors">
<svg viewBox="0 0 3 6" class="h-1.5 stroke-gray-400"></svg><span class="group-hover:text-gray-900">Errors</span></a></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex mb-10"><div class="flex gap-6 flex-wrap">${mlFoot
  .slice(0, 3)
  .map((t) => `<a href="https://${t}.example/ledgerline" target="_blank" class="h-fit"><span class="sr-only">${t}</span><svg class="w-5 h-5"></svg></a>`)
  .join('')}</div><div class="flex items-center justify-between"><a href="https://mintlify.example" target="_blank" rel="noreferrer"
class="text-sm text-gray-400">${mlFoot[3]}</a></div></footer></div></div></div></div></div>
<script src="/mintlify-assets/_next/static/chunks/webpack-2f3a1b.js" async></script></body></html>`;
const changelog: TestPage = {
  html: mlHtml,
  name: 'heldout76-mintlify-changelog',
  kind: 'docs',
  // the page description is body; each update's date label is a byline (the "On this page" list repeats the dates), its
  // version description is in neither list, its tags are furniture; the warning callout is body; the eyebrow "Resources",
  // "Copy page", the feedback box, pagination, sidebar, tabs, navbar and footer are furniture; "Changelog" (tab and sidebar
  // item) is the title, and the sidebar's "Get started" group and the navbar button are the same text: listed once
  title: 'Changelog',
  headings: mlUpdates.flatMap((u) => u.parts.map(([h]) => h)),
  body: [mlIntro, ...mlUpdates.flatMap((u) => [...texts(u.parts.flatMap(([, ps]) => ps)), ...(u.list ?? []), ...(u.callout ? [u.callout] : [])])],
  bylines: mlUpdates.map((u) => u.date),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ledgerline home page', 'Search...', '⌘K', ...mlNav, ...mlTabs, ...mlSidebar.flatMap(([g, items]) => [g, ...items]).filter((t) => t !== 'Changelog' &&
    t !== 'Get started' && t !== 'Resources'), 'On this page', 'Resources', 'Copy page', 'Feature', 'API', 'Fix', 'Dashboard', 'Was this page helpful?', 'Yes',
    'No', 'Suggest edits', ...mlFoot,
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT76_E: readonly TestPage[] = [changelog, gitbookPage];
