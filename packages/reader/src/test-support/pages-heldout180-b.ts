import { links, type TestPage, texts } from './page-kit.js';
import { linodeGuide } from './pages-heldout180-b2.js';

/**
 * Held-out batch 180, file b: a Railway documentation page (the Next.js docs shell with the logo, the "Search the docs"
 * button with its shortcut, "Discord", "Status" and "Dashboard" links, the grouped sidebar, the h1 with its description,
 * Banner callouts in the text, a table, the "Edit this file on GitHub" link, the previous/next cards, the right "On this
 * page" toc and the small footer) and, from file b2, a Linode (Akamai) docs guide.
 */
const rwTitle = 'Healthchecks';
const rwIntro = ['Learn how to make Railway wait until a new deployment is ready before it starts sending traffic to it.'];
const rwP0 = [
  'When you deploy a service, Railway can call an HTTP endpoint on the new deployment and only switch traffic over once that ' +
    'endpoint answers with a <code>200</code> status. Until then, the previous deployment keeps serving requests, so a broken ' +
    'build never replaces a working one.',
];
const rwH1 = 'Configure the healthcheck path';
const rwP1 = [
  'Open your service, go to the <strong>Settings</strong> tab and enter a path under <strong>Healthcheck Path</strong>, for ' +
    'example <code>/health</code>. You can also set it in your config-as-code file:',
  'The endpoint should return quickly and only report success when the service can actually handle requests. A good ' +
    'healthcheck opens a database connection or checks that a cache is reachable; a bad one returns <code>200</code> before the ' +
    'app has finished starting.',
];
const rwBanner1 =
  'Healthchecks are only used during deployment. Railway does not keep calling the endpoint once the deployment is live; use ' +
  'an external uptime monitor if you want continuous checks.';
const rwH2 = 'Timeouts';
const rwP2 = [
  'By default Railway waits up to 300 seconds for the healthcheck to succeed. If the endpoint has not answered with a ' +
    '<code>200</code> by then, the deployment is marked as failed and the previous deployment stays active.',
  'You can change the timeout with the <code>RAILWAY_HEALTHCHECK_TIMEOUT_SEC</code> variable or the ' +
    '<code>healthcheckTimeout</code> field. Services that run migrations on startup often need a longer window.',
];
const rwTable = [
  ['Setting', 'Default', 'Where to change it'],
  ['Path', 'None (healthcheck disabled)', 'Service settings or healthcheckPath'],
  ['Timeout', '300 seconds', 'RAILWAY_HEALTHCHECK_TIMEOUT_SEC or healthcheckTimeout'],
  ['Hostname', 'healthcheck.railway.app', 'Not configurable'],
];
const rwH3 = 'Allowing the healthcheck hostname';
const rwP3 = [
  'Requests from the healthcheck come from the hostname <code>healthcheck.railway.app</code>. If your app only accepts ' +
    'requests for certain hosts, as Django and Rails do by default, add this hostname to the allowed list or the healthcheck ' +
    'will fail with a <code>400</code> error.',
];
const rwBanner2 =
  'Healthchecks are not compatible with attached volumes during the switch-over. Services with a volume have a short ' +
  'period of downtime while the volume moves to the new deployment.';
const rwH4 = 'Troubleshooting';
const rwList = [
  'Make sure the app listens on the <code>PORT</code> variable that Railway provides, not a hard-coded port.',
  'Check the deployment logs for the healthcheck attempts; each failed attempt is listed with its status code.',
  'If the service needs longer than five minutes to start, raise the timeout rather than removing the healthcheck.',
];
const rwTop = ['Community', 'Changelog', 'Discord', 'Status', 'Dashboard'];
const rwSide = [
  'Quick Start',
  'Overview',
  'Foundations',
  'Best Practices',
  'Deployments',
  'Build and Start Commands',
  'Deployment Actions',
  'Monitoring',
  'Cron Jobs',
  'Scaling',
  'Networking',
  'Volumes',
  'Variables',
  'Config as Code',
  'Guides',
  'Reference',
  'Tutorials',
];
const rwPs = (a: readonly string[]): string => a.map((p) => `<p class="my-3 leading-7">${p}</p>`).join('\n');
const rwH = (t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<h2 id="${id}" class="group relative mt-10 mb-4 text-2xl font-bold"><a href="#${id}" class="anchor-link">${t}</a></h2>`;
};
const rwBanner = (t: string, v: string): string => `<div class="banner-${v} flex items-start gap-2 rounded-lg border px-4 py-3 my-4
text-sm" role="note"><svg aria-hidden="true" class="h-4 w-4 shrink-0"></svg><div class="flex-1">${t}</div></div>`;
const rwHtml = `<!DOCTYPE html><html lang="en" class="dark"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${rwTitle} | Railway Docs</title>
<meta name="description" content="${rwIntro[0]}"><meta property="og:title" content="${rwTitle} | Railway Docs">
<meta property="og:image" content="https://og.railway.com/api/image?title=Healthchecks&amp;type=docs"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://docs.railway.com/reference/healthchecks"><link rel="preload" href="/_next/static/media/inter.woff2" as="font">
<link rel="stylesheet" href="/_next/static/css/6b1d2c4a3e.css" data-precedence="next">
<script src="/_next/static/chunks/webpack-3a7c.js" async></script><script defer data-domain="docs.railway.com" src="/js/script.js"></script>
</head><body class="bg-background text-foreground antialiased"><div id="__next">
<div class="sticky top-0 z-20 flex h-14 items-center border-b bg-background px-4"><a href="/" class="flex items-center gap-2"><svg aria-label="Railway"
class="h-6 w-6"></svg><span class="font-semibold">Railway Docs</span></a>
<button type="button" class="ml-6 flex w-64 items-center justify-between rounded-md border px-3 py-1.5 text-sm text-muted">
<span>Search the docs...</span><kbd class="font-mono text-xs">⌘K</kbd></button><nav class="ml-auto flex items-center gap-4 text-sm">
<ul class="flex gap-4">${links(rwTop, 'text-muted hover:text-foreground')}</ul></nav></div>
<div class="mx-auto flex max-w-screen-2xl"><aside class="sticky top-14 hidden h-[calc(100vh-3.5rem)] w-64 shrink-0 overflow-y-auto border-r md:block">
<nav class="py-6 pr-4 text-sm" aria-label="Docs"><ul class="space-y-1">${links(rwSide, 'sidebar-item')}</ul>
<ul class="ml-4 space-y-1 border-l"><li class="sidebar-item active"><a href="/reference/healthchecks" aria-current="page">${rwTitle}</a></li></ul></nav></aside>
<main class="min-w-0 flex-1 px-6 py-10 lg:px-12"><div class="docs-content prose prose-neutral dark:prose-invert max-w-3xl">
<h1 class="mb-2 text-4xl font-bold tracking-tight">${rwTitle}</h1>
<p class="text-lg text-muted">${rwIntro[0]}</p>
${rwPs(rwP0)}
${rwH(rwH1)}
${rwPs(rwP1.slice(0, 1))}
<div class="code-block relative"><button class="copy-button absolute right-2 top-2 text-xs">Copy</button>
<pre class="shiki"><code>{ "$schema": "https://railway.com/railway.schema.json", "deploy": { "healthcheckPath": "/health" } }</code></pre></div>
${rwPs(rwP1.slice(1))}
${rwBanner(rwBanner1, 'info')}
${rwH(rwH2)}
${rwPs(rwP2)}
<div class="overflow-x-auto"><table><thead><tr>${rwTable[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${rwTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></div>
${rwH(rwH3)}
${rwPs(rwP3)}
${rwBanner(rwBanner2, 'warning')}
${rwH(rwH4)}
<ul class="list-disc pl-6">${rwList.map((t) => `<li class="my-1">${t}</li>`).join('\n')}</ul>
</div>
<div class="mt-12 flex items-center justify-between border-t pt-6 text-sm">
<a href="https://github.com/railwayapp/docs/edit/main/src/docs/reference/healthchecks.md"
class="flex items-center gap-1 text-muted" target="_blank">Edit this file on GitHub</a></div>
<div class="mt-6 grid grid-cols-2 gap-4"><a href="/reference/deployments" class="rounded-lg border p-4"><span class="text-xs text-muted">Previous</span>
<div class="font-medium">Deployments</div></a><a href="/reference/cron-jobs" class="rounded-lg border p-4 text-right">
<span class="text-xs text-muted">Next</span><div class="font-medium">Cron Jobs</div></a></div></main>
<aside class="sticky top-14 hidden w-56 shrink-0 py-10 xl:block"><div class="text-xs font-semibold uppercase">On this page</div>
<ul class="mt-3 space-y-2 text-sm">
${[rwH1, rwH2, rwH3, rwH4].map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`).join('')}</ul>
</aside></div><footer class="border-t py-8 text-center text-sm text-muted"><p>© 2025 Railway Corporation</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"title":"Healthchecks","slug":"reference/healthchecks"}}},
"page":"/[...slug]","buildId":"k3Zf8dQp"}</script></body></html>`;
const railway: TestPage = {
  name: 'heldout180-railway-docs',
  kind: 'docs',
  html: rwHtml,
  // the description under the h1 and the Banner callouts are body; table data cells are body, header cells in neither
  // list; the right "On this page" toc repeats the headings and is left out; "Healthchecks" in the sidebar is the title
  title: rwTitle,
  headings: [rwH1, rwH2, rwH3, rwH4],
  body: [...rwIntro, ...texts(rwP0), ...texts(rwP1), rwBanner1, ...texts(rwP2), ...rwTable.slice(1).flat(), ...texts(rwP3), rwBanner2, ...texts(rwList)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Railway Docs', 'Search the docs...', '⌘K', ...rwTop, ...rwSide, 'Copy', 'Edit this file on GitHub', 'Previous', 'Next', 'On this page',
    '© 2025 Railway Corporation',
  ],
};

export const HELDOUT180_B: readonly TestPage[] = [railway, linodeGuide];
