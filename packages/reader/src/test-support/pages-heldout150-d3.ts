import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file d3: a GitBook-published documentation page of an invented PostgreSQL-compatible database (the
 * sticky site header with logo and site title, the section tabs, the "Ask or search…" button with its Ctrl K hint, the
 * header buttons, the sidebar table of contents with group labels and "Powered by GitBook", the page header with the
 * group breadcrumb, h1, "Copy" page action and description, heading blocks with direct-link anchors, hints, a titled code
 * block, a role="table" grid, "Was this helpful?", the previous/next cards, "Last updated", "On this page" with "Edit on
 * GitHub", the custom site footer and the cookie dialog).
 */
const title = 'Partitioned tables';
const description = 'Split a large table into smaller ones by range, list or hash, and let the planner skip the parts a query does not need.';
const intro = [
  'A partitioned table is a single logical table whose rows are stored in several child tables, called partitions. Queries, inserts and updates ' +
    'go to the parent table as usual; Quillstone routes each row to the right partition and reads only the partitions a query can touch.',
];
const h1 = 'When to partition';
const when = [
  'Partitioning adds planning work and more objects to look after, so it pays off only for large tables with a clear access pattern. It is ' +
    'usually worth it when:',
];
const whenList = [
  'the table is larger than the memory of the server and most queries filter on one column, such as a date;',
  'old data is removed in bulk, for example by dropping everything older than thirteen months;',
  'different parts of the table need different storage settings, such as recent rows on fast disks.',
];
const hintSmall = 'For tables below a few tens of gigabytes, a good index nearly always beats partitioning. Try the index first.';
const h2 = 'Creating a partitioned table';
const create = [
  'Declare the partition method and key when you create the parent table, then create one partition for each range. Rows that fall outside every ' +
    'partition are rejected unless you also create a default partition.',
];
const h3 = 'Choosing a partition method';
const methods: [string, string, string][] = [
  ['Range', 'Time series, logs, anything queried by date', 'created_at'],
  ['List', 'A small, known set of values such as regions', 'region'],
  ['Hash', 'Spreading writes evenly when there is no natural range', 'customer_id'],
];
const methodsAfter = [
  'Range partitioning covers most cases. Hash partitioning does not help queries skip data unless they filter on the exact key, so use it for ' +
    'write throughput rather than for reads.',
];
const h4 = 'Partition pruning';
const prune = [
  'When a query filters on the partition key, the planner leaves out the partitions that cannot contain matching rows. Run EXPLAIN on the query ' +
    'and check that only the expected partitions appear in the plan.',
  'Pruning also happens while the query runs, when the filter value comes from a parameter or a subquery. In that case EXPLAIN ANALYZE shows ' +
    'the partitions that were skipped as never executed.',
];
const hintWarn =
  'Filters that wrap the key in a function, such as date_trunc(\u2018month\u2019, created_at), prevent pruning. ' +
  'Compare the column itself with a range instead.';
const h5 = 'Maintenance';
const maint = [
  'Create future partitions ahead of time, for example with a scheduled job that adds next month’s partition on the 20th. To remove old data, ' +
    'detach the partition and drop it; this takes a moment, where deleting the same rows would take hours and leave the table bloated.',
];
const tabs = ['Documentation', 'API reference', 'Changelog'];
const groups: [string, string[]][] = [
  ['Getting started', ['Introduction', 'Quickstart', 'Connecting from your app']],
  ['SQL reference', ['Data types', 'Indexes', 'Partitioned tables', 'Foreign tables', 'Full-text search']],
  ['Operations', ['Backups and restore', 'Read replicas', 'Monitoring']],
];
const footCols: [string, string[]][] = [
  ['Product', ['Pricing', 'Status', 'Security']],
  ['Community', ['Discord', 'GitHub', 'Blog']],
];
const cookie = 'This site uses cookies to deliver its service and to analyze traffic. By browsing this site, you accept the privacy policy.';
const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const heading = (t: string): string => `<h2 id="${slug(t)}" class="group/hash flex items-baseline relative scroll-m-12 column-gap-2 text-2xl font-semibold
heading mt-[1.25em] max-w-3xl w-full mx-auto page-api-block:ml-0"><div class="hash grid grid-area-1-1 relative -ml-6 w-7 opacity-0
group-hover/hash:opacity-100"><a href="#${slug(t)}" aria-label="Direct link to heading" class="inline-flex h-full items-start"><svg class="gb-icon
size-3"></svg></a></div><div class="grid-area-1-1 z-1 justify-self-start text-left w-full">${t}</div></h2>`;
const p = (t: string): string => `<p class="max-w-3xl w-full mx-auto decoration-primary/6 page-api-block:ml-0">${t}</p>`;
const hint = (kind: string, t: string): string => `<div class="hint-${kind} px-4 py-4 rounded-md straight-corners:rounded-none bg-gradient-to-b flex flex-row
gap-3 max-w-3xl w-full mx-auto ring-1 ring-inset"><div class="mt-0.5 size-4 shrink-0"><svg class="gb-icon size-4"></svg></div><div class="flex-1 space-y-4
[&_pre]:border-1">${p(t)}</div></div>`;
const sideLink = (t: string): string =>
  `<li class="flex flex-col"><a class="flex justify-start items-center gap-3 p-1.5 pl-3 text-sm rounded-md straight-corners:rounded-none${
    t === title ? ' font-semibold text-primary bg-primary' : ' text-tint hover:bg-tint-hover'
  }" href="/docs/${slug(t)}"${t === title ? ' aria-current="page"' : ''}>${t}</a></li>`;
const html = `<!DOCTYPE html><html lang="en" class="sidebar-filled theme-clean no-tint circular-corners links-default depth-subtle __variable_f1b0c4
__variable_2c9a05"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/~gitbook/static/css/5a1f3c6e0d2b4f88.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low"
href="/~gitbook/static/js/webpack-9b1e6f.js"/><title>Partitioned tables | Quillstone Docs</title><meta name="description" content="${description}"/>
<meta property="og:title" content="Partitioned tables | Quillstone Docs"/><meta property="og:image"
content="https://docs.quillstone.example/~gitbook/ogimage/9x2"/>
<meta name="generator" content="GitBook (5.x)"/><meta name="robots" content="index, follow"/><link rel="icon" href="/~gitbook/image?url=icon.png&amp;width=48"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"SQL reference","item":"https://docs.quillstone.example/docs/sql-reference"},{"@type":"ListItem","position":2,"name":"Partitioned tables"}]}</script>
<script src="/~gitbook/static/js/main-app-4c2f0e.js" async=""></script></head>
<body class="h-full bg-tint-base text-tint-strong"><header id="site-header" class="flex flex-col h-[64px] sticky top-0 z-30 w-full flex-none
shadow-[0px_1px_0px] shadow-tint-12/2 bg-tint-base/9"><div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3 min-h-16 px-4 sm:px-6
md:px-8 max-w-screen-2xl mx-auto"><div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4"><button type="button"
aria-label="Toggle navigation" class="button flex-row items-center ... lg:hidden"><svg class="gb-icon size-text-lg"></svg></button>
<a class="group/headerlogo min-w-0 shrink flex items-center" href="/docs"><img alt="Logo" src="/~gitbook/image?url=logo.svg&amp;width=32" width="32"
height="32"/><div class="text-pretty line-clamp-2 tracking-tight max-w-[18ch] lg:max-w-[24ch] font-semibold ms-3 text-base/tight">Quillstone Docs</div></a>
</div><div class="flex grow-0 shrink-0 @2xl:basis-56 justify-self-end items-center gap-2 order-last"><div class="relative flex @container grow">
<button type="button" id="search-button" class="button flex-row items-center gap-2 px-3 py-1.5 w-full rounded-md ring-1 ring-tint"><svg class="gb-icon
size-text-lg"></svg><div class="w-full truncate text-start">Ask or search…</div><div class="shortcut hidden gap-0.5 @[10rem]:flex"><kbd
class="rounded border px-1">Ctrl</kbd><kbd class="rounded border px-1">K</kbd></div></button></div></div>
<div class="z-20 shrink contents md:flex"><div class="flex gap-2 items-center"><a class="button button-secondary" href="https://quillstone.example/pricing"
>Pricing</a><a class="button button-primary" href="https://app.quillstone.example/signup">Start free</a></div></div></div>
<nav aria-label="Sections" class="w-full page-no-toc:hidden"><div class="max-w-screen-2xl mx-auto px-4 sm:px-6 md:px-8"><ul class="flex gap-2
bg-transparent">${tabs
  .map(
    (t, i) => `<li class="flex"><a class="relative group flex select-none items-center justify-center rounded straight-corners:rounded-none px-3 py-1
my-2${i === 0 ? ' text-primary-subtle' : ''}" href="/${slug(t)}"${i === 0 ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('')}</ul></div></nav></header>
<div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto"><aside class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 relative z-[1]
lg:sticky lg:top-16 table-of-contents" data-testid="table-of-contents" id="table-of-contents"><div class="lg:pr-4 flex flex-col h-full"><div
class="overflow-y-auto pt-6 pb-4 flex-1"><ul class="flex flex-col gap-y-0.5 border-tint-subtle sidebar-list-line:border-l">
${groups
  .map(
    ([g, items]) => `<li class="flex flex-col group/page-group mt-2"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-3 pt-6 font-semibold
text-xs uppercase tracking-wide pb-3 -mb-1.5">${g}</div><ul class="flex flex-col gap-y-0.5">${items.map(sideLink).join('')}</ul></li>`,
  )
  .join('\n')}</ul></div>
<a class="text-sm font-semibold text-tint flex flex-row items-center px-5 py-4 mt-auto"
href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark"
target="_blank" rel="noopener noreferrer"><svg class="gb-icon size-5 mr-3"></svg><span class="text-sm">Powered by GitBook</span></a></div></aside>
<div class="flex flex-row flex-1 min-w-0"><main class="relative min-w-0 flex-1 max-w-screen-2xl py-8 break-anywhere"><header class="max-w-3xl mx-auto
mb-6 space-y-3 page-api-block:ml-0"><nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2 text-sm text-tint"><li class="flex
items-center gap-2"><a class="text-xs tracking-wide font-semibold uppercase links-accent:hover:underline" href="/docs/sql-reference">SQL reference</a>
</li></ol></nav><div class="flex items-start justify-between gap-4"><h1 class="text-4xl font-bold flex-1 text-pretty">${title}</h1><div
class="flex gap-2"><button type="button" class="button button-secondary text-xs"><svg class="gb-icon size-3"></svg><span>Copy</span></button></div>
</div><p class="text-lg text-tint">${description}</p></header>
<div class="grid whitespace-pre-wrap [&>*+*]:mt-5 page-full-width:max-w-full">
${intro.map(p).join('\n')}
${heading(h1)}
${when.map(p).join('\n')}
<ul class="max-w-3xl w-full mx-auto list-disc ps-8">${whenList.map((t) => `<li class="leading-normal"><p class="leading-normal">${t}</p></li>`).join('')}</ul>
${hint('info', hintSmall)}
${heading(h2)}
${create.map(p).join('\n')}
<div class="group/codeblock grid grid-flow-col max-w-3xl w-full mx-auto"><div class="flex items-center justify-start text-sm gap-2"><div class="text-xs
tracking-wide text-tint leading-none rounded-t-md bg-tint-subtle px-3 py-2">create-events.sql</div></div><pre class="overflow-auto rounded-md
border border-tint-subtle bg-tint-subtle p-2"><code spellcheck="false" class="text-sm"><span class="highlight-line">CREATE TABLE events (</span>
<span class="highlight-line">  id bigint, created_at timestamptz NOT NULL, payload jsonb</span>
<span class="highlight-line">) PARTITION BY RANGE (created_at);</span>
<span class="highlight-line">CREATE TABLE events_2025_11 PARTITION OF events</span>
<span class="highlight-line">  FOR VALUES FROM ('2025-11-01') TO ('2025-12-01');</span></code></pre></div>
${heading(h3)}
<div class="max-w-3xl w-full mx-auto overflow-x-auto" role="table"><div role="rowgroup" class="flex flex-col"><div role="row" class="flex w-full">${[
  'Method',
  'Best for',
  'Typical key',
]
  .map((t) => `<div role="columnheader" class="min-w-[100px] flex-1 p-2 font-semibold text-sm">${t}</div>`)
  .join('')}</div></div>
<div role="rowgroup" class="flex flex-col">${methods
  .map(
    (r) =>
      `<div role="row" class="flex w-full border-t border-tint-subtle">${r
        .map((c, i) => `<div role="cell" class="min-w-[100px] flex-1 p-2">${i === 2 ? `<code>${c}</code>` : `<p>${c}</p>`}</div>`)
        .join('')}</div>`,
  )
  .join('\n')}</div></div>
${methodsAfter.map(p).join('\n')}
${heading(h4)}
${prune.map(p).join('\n')}
${hint('warning', hintWarn)}
${heading(h5)}
${maint.map(p).join('\n')}
</div>
<div class="max-w-3xl mx-auto mt-6 flex flex-col gap-6"><div class="flex flex-row items-center gap-3 text-sm"><p>Was this helpful?</p><div class="flex
gap-1"><button aria-label="Bad" class="rating-button"></button><button aria-label="Ok" class="rating-button"></button><button aria-label="Good"
class="rating-button"></button></div></div>
<div class="flex flex-col md:flex-row gap-2"><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse items-center pl-4 border rounded"
href="/docs/indexes"><span class="flex flex-col flex-1 text-right"><span class="text-xs">Previous</span><span class="text-tint-strong line-clamp-2"
>Indexes</span></span><svg class="gb-icon size-4"></svg></a><a class="group text-sm p-2.5 flex gap-4 flex-1 items-center pr-4 border rounded"
href="/docs/foreign-tables"><span class="flex flex-col flex-1"><span class="text-xs">Next</span><span class="text-tint-strong line-clamp-2">Foreign
tables</span></span><svg class="gb-icon size-4"></svg></a></div>
<div class="flex flex-row items-center text-sm text-tint"><p>Last updated <time datetime="2025-08-04T10:12:33.000Z">3 months ago</time></p></div></div>
</main>
<aside class="group/aside hidden xl:flex flex-col basis-56 shrink-0 sticky top-16 pt-8 pb-4 text-sm"><div class="flex flex-col gap-3"><div class="flex
flex-row items-center gap-2 text-xs font-semibold uppercase tracking-wide text-tint"><svg class="gb-icon size-3"></svg>On this page</div><ul class="flex
flex-col border-l border-tint-subtle">${[h1, h2, h3, h4, h5]
  .map((t) => `<li class="flex flex-col"><a href="#${slug(t)}" class="flex items-center gap-1 py-1 pl-3">${t}</a></li>`)
  .join('')}</ul></div>
<a href="https://github.com/quillstone/docs/blob/main/sql-reference/partitioned-tables.md" class="flex items-center gap-2 mt-4 text-tint"><svg
class="gb-icon size-4"></svg>Edit on GitHub</a></aside></div></div>
<footer class="border-t border-tint-subtle mt-12"><div class="max-w-screen-2xl mx-auto px-4 sm:px-6 md:px-8 py-8 flex flex-col md:flex-row gap-8">
<div class="flex-1"><img alt="Quillstone" src="/~gitbook/image?url=logo.svg&amp;width=32" width="32" height="32"/></div>
${footCols
  .map(
    ([h, items]) =>
      `<div class="flex flex-col gap-2"><p class="text-sm font-semibold">${h}</p><ul class="flex flex-col gap-1">${items
        .map((t) => `<li><a class="text-sm text-tint" href="https://quillstone.example/${slug(t)}">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}
<p class="text-xs text-tint">© 2025 Quillstone Data, Inc.</p></div></footer>
<div class="fixed z-10 bg-tint-base rounded-md straight-corners:rounded-none ring-1 ring-tint-subtle shadow-lg bottom-4 right-4 left-16 max-w-md p-4"
role="dialog" aria-label="Cookies"><p class="text-sm">This site uses cookies to deliver its service and to analyze traffic. By browsing this site, you
accept the <a href="https://policies.gitbook.com/privacy/cookies" class="underline">privacy policy</a>.</p><div class="mt-4 flex gap-2"><button
type="button" class="button button-primary">Accept</button><button type="button" class="button button-secondary">Reject</button></div></div>
<script>self.__next_f.push([1,"1:HL[\\"/~gitbook/static/css/5a1f3c6e0d2b4f88.css\\",\\"style\\"]\\n"])</script>
</body></html>`;

export const gitbookPage: TestPage = {
  html,
  name: 'heldout150-gitbook-database-docs',
  kind: 'docs',
  // the page description under the h1 and the hint texts are body; table data cells are body except the key cells, which
  // hold only code (neither list, like the header cells and the code block's file name); "On this page" entries repeat the
  // headings and are left out; "Last updated 3 months ago" is a byline; "SQL reference" is both the breadcrumb and a
  // sidebar group label (furniture)
  title,
  headings: [h1, h2, h3, h4, h5],
  body: [
    description,
    ...intro,
    ...when,
    ...whenList,
    hintSmall,
    ...create,
    ...methods.flatMap((r) => r.slice(0, 2)),
    ...methodsAfter,
    ...prune,
    hintWarn,
    ...maint,
  ],
  bylines: ['Last updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillstone Docs', 'Ask or search…', 'Ctrl', 'Pricing', 'Start free', ...tabs, ...groups.flatMap(([g, i]) => [g, ...i]).filter((t) => t !== title),
    'Powered by GitBook', 'Copy', 'Was this helpful?', 'Previous', 'Next', 'On this page', 'Edit on GitHub', ...footCols.flatMap(([h, i]) => [h, ...i]),
    '© 2025 Quillstone Data, Inc.', cookie, 'Accept', 'Reject',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
