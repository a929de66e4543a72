import { links, ps, type TestPage, texts } from './page-kit.js';
import { prismaDocs } from './pages-heldout144-c2.js';

/**
 * Held-out batch 144, file c: a Supabase documentation guide on the Next.js docs site (the top bar with the DOCS label,
 * the product menus, the search button and the "Dashboard" and "Sign up" buttons, the product sidebar with its section
 * labels, the h1 with the subtitle set as an h2, headings with "#" anchor links, an admonition with its own h5 title,
 * Dashboard and SQL tabs, code blocks with copy buttons, "Edit this page on GitHub", the "Is this helpful?" box, the right
 * "On this page" rail, the help footer and the privacy banner) and, from file c2, a Prisma documentation page.
 */
const sbTitle = 'Timeouts';
const sbSub = 'Extend the time a query may run before Postgres cancels it.';
const sbLead = [
  `Every Supabase project sets a statement timeout, the longest time a single query may run before Postgres stops it and
returns an error. Timeouts protect your database from queries that would otherwise hold locks and use memory for minutes or
hours, such as a missing <code>where</code> clause on a large table.`,
  `The timeout depends on how you connect. Requests through the Data API use the role of the caller, so the limit is set per
role. Direct connections and the connection pooler use the <code>postgres</code> role unless you connect as another one.`,
];
const sbH1 = 'Default timeouts';
const sbRows = [
  ['anon', '3 seconds'],
  ['authenticated', '8 seconds'],
  ['service_role', 'None, the global limit applies'],
  ['postgres', 'None, the global limit of 2 minutes applies'],
];
const sbTh = ['Role', 'Statement timeout'];
const sbH2 = 'Change the timeout for a role';
const sbP1 = [`You can raise or lower the timeout for any role. The new value applies to connections opened after the change.`];
const sbSteps = [
  'Go to the <strong>SQL Editor</strong> in the Dashboard.',
  'Run an <code>alter role</code> statement with the new timeout for the role.',
  'Reload the configuration so that the Data API picks up the new value.',
];
const sbAdmTitle = 'Keep client timeouts short';
const sbAdm = `Roles that browser clients use, such as <code>anon</code> and <code>authenticated</code>, should keep short
timeouts. A long timeout lets a single visitor tie up a connection with an expensive request.`;
const sbH3 = 'Change the timeout for one session or function';
const sbP2 = [
  `For a one-off task, such as a backfill or an index build, set the timeout for the current session only. The value lasts until
you disconnect and does not affect anyone else.`,
  `Inside a database function you can set the timeout in the function definition. Every call to the function then runs with
that limit, whatever role calls it. This is the safest way to let a single slow report run for longer without raising the
limit for the whole role.`,
];
const sbH4 = 'Find the queries that time out';
const sbP3 = [
  `A query that is cancelled returns the error <code>canceling statement due to statement timeout</code>. You can find these
errors in the Postgres logs in the Dashboard by searching for that text.`,
  'If the same query times out again and again, raising the limit is rarely the right fix. Check first:',
];
const sbList = [
  'that the tables the query reads have indexes on the columns it filters and joins on,',
  'that the query does not return more rows than the client needs, and',
  'that the query plan from <code>explain analyze</code> does not show a sequential scan of a large table.',
];
const sbP4 = [`The Query Performance report lists the slowest queries in your project, with the time they took and how often they ran.`];
const sbSql1 = `alter role authenticated set statement_timeout = '15s';
notify pgrst, 'reload config';`;
const sbSql2 = `set statement_timeout = '10min';
create index concurrently orders_customer_idx on orders (customer_id);`;
const sbTop = ['Start', 'Products', 'Build', 'Manage', 'Reference', 'Resources'];
const sbSide: [string, string[]][] = [
  ['Fundamentals', ['Connecting to your database', 'Importing data', 'Securing your data']],
  ['Working with your database', ['Managing tables, views, and data', 'Working with arrays', 'Managing indexes', 'Querying joins']],
  ['Configuration, optimization, and testing', ['Database configuration', 'Query optimization', 'Replication', 'Database Advisors']],
];
const sbFoot: [string, string][] = [
  ['Need some help?', 'Contact support'],
  ['Latest product updates?', 'See Changelog'],
  ["Something's not right?", 'Check system status'],
];
const sbFootLinks = ['Contributing', 'Author Styleguide', 'Open Source', 'SupaSquad', 'Privacy Settings'];
const sbCookie = 'We use first-party cookies to improve our services and to see how the site is used.';
const sbH = (id: string, t: string): string => `<h2 id="${id}" class="group scroll-mt-24">${t}<a href="#${id}" aria-label="Link to heading"
class="ml-2 opacity-0 group-hover:opacity-100 transition"><span aria-hidden="true">#</span></a></h2>`;
const sbCode = (code: string): string => `<div class="shiki group relative border border-default rounded-lg bg-200 not-prose"><pre class="code-block">
<code class="language-sql">${code}</code></pre><button type="button" class="absolute right-2 top-2 copy-button" aria-label="Copy"><svg></svg><span
class="sr-only">Copy</span></button></div>`;
const sbHtml = `<!DOCTYPE html><html lang="en" class="dark" style="color-scheme:dark"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/docs/_next/static/css/2c4f7d1a9b0e3c5d.css" data-precedence="next">
<script src="/docs/_next/static/chunks/webpack-8d2f1b3c.js" async></script><title>Timeouts | Supabase Docs</title>
<meta name="description" content="${sbSub}"><link rel="canonical" href="https://supabase.com/docs/guides/database/postgres/timeouts">
<meta property="og:title" content="Timeouts | Supabase Docs"><meta property="og:description" content="${sbSub}">
<meta property="og:image" content="https://supabase.com/docs/img/supabase-og-image.png"><meta name="twitter:site" content="@supabase"></head>
<body><div class="flex flex-col h-screen"><nav aria-label="top bar" class="w-full z-40 flex flex-col border-b backdrop-blur backdrop-filter bg bg-opacity-75">
<div class="w-full px-5 lg:pl-10 flex justify-between h-[var(--header-height)] gap-3"><div class="hidden lg:flex h-full items-center justify-center gap-2">
<a class="relative justify-center cursor-pointer space-x-2 text-center font-regular flex items-center" href="/docs">
<img alt="Supabase Logo" width="96" height="18"
src="/docs/supabase-light.svg"><span class="font-mono text-sm font-medium text-brand-link mb-px">DOCS</span></a>
<ul class="group flex flex-1 list-none items-center justify-center space-x-1">${sbTop
  .map(
    (t) => `<li><button class="group inline-flex h-10 w-max items-center justify-center text-sm" data-state="closed" aria-expanded="false">${t}</button></li>`,
  )
  .join('\n')}</ul></div><div class="w-full grow lg:w-auto flex gap-3 justify-between lg:justify-end items-center h-full">
<button type="button" class="flex group items-center justify-between bg-surface-100 border h-[30px] rounded-md" aria-label="Search docs">
<span class="text-foreground-muted text-sm">Search docs...</span><div class="flex items-center space-x-1"><kbd class="text-xs">Ctrl K</kbd></div></button>
<a class="text-xs px-2.5 py-1 h-[26px] border bg-alternative" href="https://supabase.com/dashboard">Dashboard</a>
<a class="text-xs px-2.5 py-1 h-[26px] bg-brand-400" href="https://supabase.com/dashboard/sign-up">Sign up</a></div></div></nav>
<div class="flex flex-row h-full relative"><div class="absolute lg:relative w-[280px] h-full overflow-y-auto" id="docs-side-nav">
<nav aria-label="Database menu">
<div class="flex items-center gap-3 my-3"><img alt="Database" src="/docs/img/icons/menu/database.svg" class="w-4 h-4"><span class="text-foreground text-base">
Database</span></div><ul class="relative w-full flex flex-col gap-0 pb-5"><li><a href="/docs/guides/database/overview">Overview</a></li>
${sbSide
  .map(
    ([h, items]) => `<li><span class="font-mono uppercase text-xs text-foreground-lighter">${h}</span><ul>${links(items, 'text-sm text-foreground-light')}
${h.startsWith('Config') ? `<li><a href="/docs/guides/database/postgres/timeouts" aria-current="page" class="text-brand">${sbTitle}</a></li>` : ''}</ul></li>`,
  )
  .join('\n')}</ul></nav></div>
<main id="docs-content-container" class="w-full transition-all ease-out relative lg:ml-2"><div class="max-w-7xl px-5 mx-auto py-8 pb-0">
<div class="grid grid-cols-12 relative gap-4"><div class="relative transition-all ease-out duration-100 col-span-12 md:col-span-9">
<article id="sb-docs-guide-main-article" class="prose max-w-none"><h1 class="mb-0 [&amp;>p]:m-0">${sbTitle}</h1>
<h2 class="mt-3 text-xl text-foreground-lighter">${sbSub}</h2><hr class="not-prose border-t-0 border-b my-8">
${ps(sbLead)}
${sbH('default-timeouts', sbH1)}
<div class="overflow-x-auto"><table><thead><tr>${sbTh.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
${sbRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${sbH('change-the-timeout-for-a-role', sbH2)}
${ps(sbP1)}
<div dir="ltr" data-orientation="horizontal" class="w-full justify-between space-y-4"><div role="tablist" aria-orientation="horizontal"
class="flex items-center border-b border-secondary gap-2"><button type="button" role="tab" aria-selected="true" data-state="active">Dashboard</button>
<button type="button" role="tab" aria-selected="false" data-state="inactive">SQL</button></div><div role="tabpanel" data-state="active">
<ol>${sbSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol></div><div role="tabpanel" data-state="inactive" hidden>${sbCode(sbSql1)}</div></div>
<div role="alert" class="relative w-full text-sm rounded-lg border p-4 [&amp;>svg~*]:pl-10 bg-surface-200/25 border-default mb-4"><svg></svg>
<h5 class="mb-1 mt-0 text-foreground">${sbAdmTitle}</h5><div class="text-sm [&amp;_p]:mb-1.5 [&amp;_p]:mt-0 text-foreground-light"><p>${sbAdm}</p></div></div>
${sbH('change-the-timeout-for-one-session-or-function', sbH3)}
${ps(sbP2.slice(0, 1))}
${sbCode(sbSql2)}
${ps(sbP2.slice(1))}
${sbH('find-the-queries-that-time-out', sbH4)}
${ps(sbP3)}
<ul>${sbList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(sbP4)}
</article>
<footer class="mt-16 not-prose"><a href="https://github.com/supabase/supabase/blob/master/apps/docs/content/guides/database/postgres/timeouts.mdx"
class="w-fit flex items-center gap-1 text-sm text-scale-1000 hover:text-scale-1200">Edit this page on GitHub<svg></svg></a></footer>
<div class="mt-8 flex items-center gap-3 feedback"><p class="text-sm text-foreground-light">Is this helpful?</p><button type="button" class="feedback-no">No
</button><button type="button" class="feedback-yes">Yes</button></div></div>
<div class="thin-scrollbar overflow-y-auto h-fit px-px hidden md:flex col-span-3 self-start sticky top-[calc(var(--header-height)+1px+2rem)]">
<div class="border-l"><span class="block font-mono text-xs uppercase text-foreground px-5 mb-6">On this page</span><ul class="toc-menu list-none pl-5">
${[sbH1, sbH2, sbH3, sbH4].map((t, i) => `<li><a href="#h${i}" class="text-foreground-lighter">${t}</a></li>`).join('\n')}</ul></div></div></div></div>
<footer role="contentinfo" aria-label="footer" class="mt-16"><div class="max-w-7xl px-5 mx-auto py-8 pt-0"><ul class="grid grid-cols-1 md:grid-cols-3">
${sbFoot.map(([q, a]) => `<li class="flex items-center gap-2"><p>${q}</p><a href="/${a.length}" class="text-brand-link">${a}</a></li>`).join('\n')}</ul>
<div class="flex justify-between items-center"><p class="text-xs text-foreground-lighter">© Supabase Inc</p><div class="flex gap-4">
<a href="https://github.com/supabase/supabase/blob/master/CONTRIBUTING.md">${sbFootLinks[0]}</a><a href="/docs/contributing">${sbFootLinks[1]}</a>
<a href="https://supabase.com/open-source">${sbFootLinks[2]}</a><a href="https://supabase.com/supasquad">${sbFootLinks[3]}</a>
<button type="button">${sbFootLinks[4]}</button></div></div></div></footer></main></div></div>
<section role="region" aria-label="Privacy banner" class="fixed z-50 bottom-4 right-4 max-w-sm bg-overlay border rounded-md p-4"><p class="text-sm">${sbCookie}
<a href="https://supabase.com/privacy#8-cookies-and-similar-technologies-used-on-our-european-services">Learn more</a></p><div class="flex gap-2">
<button type="button">Accept</button><button type="button">Opt out</button><button type="button">Privacy settings</button></div></section>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0]);</script></body></html>`;
const supabaseDocs: TestPage = {
  html: sbHtml,
  name: 'heldout144-supabase-docs',
  kind: 'docs',
  // the subtitle (an h2 under the h1) is body; table data cells are body, header cells and the tab labels in neither
  // list; the admonition's paragraph is body and its h5 title in neither list; the sidebar entry repeating the title and
  // the "On this page" links are left out, and so is the "Dashboard" button (a word of a short step); the page shows no
  // date or author
  title: sbTitle,
  headings: [sbH1, sbH2, sbH3, sbH4],
  body: texts([sbSub, ...sbLead, ...sbRows.flat(), ...sbP1, ...sbSteps, sbAdm, ...sbP2, ...sbP3, ...sbList, ...sbP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DOCS', ...sbTop, 'Search docs...', 'Ctrl K', 'Sign up', 'Database', 'Overview', ...sbSide.flat(2), 'Copy', 'Edit this page on GitHub',
    'Is this helpful?', 'No', 'Yes', 'On this page', ...sbFoot.flat(), '© Supabase Inc', ...sbFootLinks, `${sbCookie} Learn more`, 'Accept', 'Opt out',
  ],
};

export const HELDOUT144_C: readonly TestPage[] = [supabaseDocs, prismaDocs];
