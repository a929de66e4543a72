import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file d2: a Fumadocs listing page, an integrations index made of cards under section headings
 * (nd-sidebar with search button, tabs dropdown and footer icons, nd-subnav, breadcrumb, card grid, "On this page" TOC, the
 * "How is this guide?" feedback widget, "Edit on GitHub", "Last updated on", previous / next footer cards).
 */
const fTitle = 'Integrations';
const fLead = 'Connect Brindle to the tools your team already uses. Every integration is free on all plans.';
const fIntro = [
  j(
    'Integrations send Brindle events to other services and bring their data back into your boards. Each one is installed per',
    'workspace by an admin, and each member then decides which boards it may read.',
  ),
];
const fGroups: [string, [string, string][]][] = [
  [
    'Messaging',
    [
      ['Slackline', 'Post card updates to a channel and create cards from messages with a shortcut.'],
      ['Mailroom', 'Turn forwarded emails into cards, with attachments, in the list you choose.'],
      ['Teamtalk', 'Get a daily digest of due cards in a chat, grouped by board and owner.'],
    ],
  ],
  [
    'Files and storage',
    [
      ['Cloudvault', 'Attach files from your vault and keep the card copy in sync when the file changes.'],
      ['Drawbox', 'Embed live sketches in card descriptions; viewers see the latest version without a download.'],
    ],
  ],
  [
    'Developer tools',
    [
      ['Gitforge', 'Link branches and merge requests to cards, and move a card when its request is merged.'],
      ['Pagerbell', 'Open a card for each incident and close it when the incident is resolved.'],
      ['Webhooks', 'Send any board event to your own endpoint as signed JSON, with retries for a day.'],
    ],
  ],
];
const fOutro = [
  j(
    'Missing a tool? Most services can be connected through webhooks and the public API today. Tell us what you need on the',
    'community forum; we pick the next integrations from the requests with the most votes.',
  ),
];
const fSide = ['Introduction', 'Quick start', 'Boards and lists', 'Automations', 'Permissions'];
const fSideFolder = ['Setting up', 'Troubleshooting'];
const card = ([t, d]: [string, string]): string => `<a data-card="true" class="block rounded-lg border bg-fd-card p-4 text-fd-card-foreground shadow-md
transition-colors @max-lg:col-span-full hover:bg-fd-accent/80" href="/docs/integrations/${t.toLowerCase()}"><div class="not-prose mb-2 w-fit rounded-md border
bg-fd-muted p-1.5 text-fd-muted-foreground [&amp;_svg]:size-4"><svg></svg></div><h3 class="not-prose mb-1 text-sm
font-medium">${t}</h3><p class="!my-0 text-sm
text-fd-muted-foreground">${d}</p></a>`;
const fHtml = `<!DOCTYPE html><html lang="en" class="__className_f367f3"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width, initial-scale=1"/>
<title>${fTitle} | Brindle Docs</title><meta name="description" content="${fLead}"/><meta property="og:title" content="${fTitle}"/>
<link rel="stylesheet" href="/_next/static/css/0c4d2e8f1a3b5c7d.css" data-precedence="next"/><script src="/_next/static/chunks/main-app-4f5e6d.js"
async=""></script>
<script>((e,t,r)=>{let n=document.documentElement;let
s=localStorage.getItem("theme")||"system";n.classList.add(s==="dark"?"dark":"light")})("class","theme")</script>
</head><body class="flex flex-col min-h-screen"><div id="nd-docs-layout" class="flex flex-1 flex-row pe-(--fd-layout-offset)"
style="--fd-layout-offset:max(calc(50vw
- var(--fd-layout-width)/2),0px)"><header id="nd-subnav" class="sticky top-(--fd-banner-height) z-30 flex h-14 flex-row items-center border-b
bg-fd-background/80
px-4 backdrop-blur-sm md:hidden"><a class="inline-flex items-center gap-2.5 font-semibold" href="/">Brindle Docs</a><div class="flex flex-1 flex-row
items-center
justify-end"><button type="button" aria-label="Open Search" class="p-2"></button><button aria-label="Open Sidebar" class="p-2"></button></div></header>
<aside id="nd-sidebar" class="fixed left-0 rtl:left-auto rtl:right-(--removed-body-scroll-bar-size,0) flex flex-col bg-fd-card top-(--fd-sidebar-top) bottom-0
z-20 text-sm md:sticky md:h-(--fd-sidebar-height) max-md:inset-x-0 max-md:bg-fd-background/80 md:w-(--fd-sidebar-width) md:border-e"><div class="flex
flex-col gap-3
p-4 pb-2 max-md:hidden"><div class="flex"><a class="inline-flex text-[15px] items-center gap-2.5 font-medium" href="/">Brindle Docs</a></div><button
type="button" data-search-full="" class="inline-flex items-center gap-2 rounded-lg border bg-fd-secondary/50 p-1.5 ps-2 text-sm
text-fd-muted-foreground">Search<div
class="ms-auto inline-flex gap-0.5"><kbd class="rounded-md border bg-fd-background px-1.5">⌘</kbd><kbd
class="rounded-md border bg-fd-background px-1.5">K</kbd>
</div></button><button type="button" class="flex w-full items-center gap-2 rounded-lg p-2 border bg-fd-secondary/50 text-start"><div><p class="text-sm
font-medium">Product guide</p><p class="text-[13px] text-fd-muted-foreground empty:hidden">Using Brindle day to day</p></div></button></div>
<div dir="ltr" data-radix-scroll-area-viewport="" class="size-full rounded-[inherit] overscroll-contain"><div class="flex flex-col p-4 pt-0">
${fSide
  .map(
    (s) => `<a data-active="false" class="relative flex flex-row items-center gap-2 rounded-md p-2 text-start text-fd-muted-foreground"
href="/docs/${s.length}">${s}</a>`,
  )
  .join('\n')}
<div class="relative"><button class="relative flex flex-row items-center gap-2 rounded-md p-2 text-start text-fd-primary bg-fd-primary/10 w-full"
data-active="true">Integration guides</button><div class="relative ms-2 border-s py-1.5 ps-2">
${fSideFolder
  .map(
    (s) => `<a data-active="false" class="relative flex flex-row items-center gap-2 rounded-md p-2 text-fd-muted-foreground"
href="/docs/i/${s.length}">${s}</a>`,
  )
  .join('\n')}
</div></div></div></div><div class="flex flex-col border-t p-4 pt-2 empty:hidden"><div class="flex items-center text-fd-muted-foreground empty:hidden"><a
href="https://github.com/brindle-app" rel="noreferrer noopener" target="_blank" aria-label="GitHub" class="p-1.5"></a><button type="button"
aria-label="Toggle Theme"
class="inline-flex items-center rounded-full border p-1 ms-auto"></button></div></div></aside>
<main id="nd-page" class="flex w-full min-w-0 flex-col"><article class="flex w-full flex-1 flex-col gap-6 px-4 pt-8 md:px-6 md:pt-12 xl:px-12 xl:mx-auto
max-w-[840px]"><div class="flex flex-row items-center gap-1.5 text-sm font-medium text-fd-muted-foreground"><a class="truncate
hover:text-fd-accent-foreground"
href="/docs">Docs</a><svg class="size-3.5 shrink-0"></svg><span class="truncate">Integration guides</span></div>
<h1 class="text-3xl font-semibold">${fTitle}</h1><p class="mb-8 text-lg text-fd-muted-foreground">${fLead}</p>
<div class="prose flex-1 text-fd-foreground/80">${fIntro.map((p) => `<p>${p}</p>`).join('')}
${fGroups
  .map(
    ([h, cards]) => `<h2 class="flex scroll-m-28 flex-row items-center gap-2" id="${h.length}"><a data-card="" href="#${h.length}" class="peer">${h}</a></h2>
<div class="grid grid-cols-1 gap-4 sm:grid-cols-2 @container">${cards.map(card).join('\n')}</div>`,
  )
  .join('\n')}
${fOutro.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="border rounded-xl p-3 not-prose"><div class="flex flex-row items-center gap-2"><p class="text-sm font-medium pe-2">How is this guide?</p><button
class="inline-flex items-center gap-2 px-3 py-2 rounded-full border text-sm">Good</button><button class="inline-flex items-center gap-2 px-3 py-2 rounded-full
border text-sm">Bad</button></div></div>
<div class="flex flex-row flex-wrap items-center justify-between gap-4 empty:hidden"><a
href="https://github.com/brindle-app/docs/blob/main/content/docs/integrations/index.mdx"
rel="noreferrer noopener" target="_blank" class="inline-flex items-center justify-center rounded-md p-2 font-medium border gap-1.5 text-xs">Edit on
GitHub</a><p
class="text-sm text-fd-muted-foreground">Last updated on 2/14/2026</p></div>
<div class="grid grid-cols-2 gap-4 pb-6"><a class="flex flex-col gap-2 rounded-lg border p-4 text-sm transition-colors hover:bg-fd-accent/80"
href="/docs/permissions"><div
class="inline-flex items-center gap-1.5 font-medium"><svg class="-mx-1 size-4 shrink-0"></svg><p>Permissions</p></div><p class="text-fd-muted-foreground
truncate">Previous Page</p></a><a class="flex flex-col gap-2 rounded-lg border p-4 text-sm
text-end" href="/docs/integrations/setting-up"><div class="inline-flex
items-center gap-1.5 font-medium flex-row-reverse"><svg class="-mx-1 size-4 shrink-0"></svg><p>Setting up</p></div><p class="text-fd-muted-foreground
truncate">Next
Page</p></a></div></article>
<div id="nd-toc" class="sticky top-(--fd-toc-top) h-(--fd-toc-height) pb-2 pt-12 max-xl:hidden"><div
class="flex h-full w-(--fd-toc-width) max-w-full flex-col gap-3
pe-4"><h3 id="toc-title" class="inline-flex items-center gap-1.5 text-sm
text-fd-muted-foreground"><svg class="size-4"></svg>On this page</h3><div class="relative
min-h-0 text-sm ms-px overflow-auto"><div class="flex flex-col border-s border-fd-foreground/10">
${fGroups.map(([h]) => `<a data-active="false" href="#${h.length}" class="prose py-1.5 text-sm text-fd-muted-foreground ps-3">${h}</a>`).join('\n')}
</div></div></div></div></main></div>
<script>self.__next_f.push([1,"6:[\\"$\\",\\"$L7\\",null,{\\"tree\\":{\\"name\\":\\"Docs\\"}}]"])</script></body></html>`;
export const fumadocs: TestPage = {
  name: 'heldout273-fumadocs-listing-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap(([h, cards]) => [h, ...cards.map(([t]) => t)]),
  body: texts([fLead, ...fIntro, ...fGroups.flatMap(([, cards]) => cards.map(([, d]) => d)), ...fOutro]),
  bylines: ['Last updated on 2/14/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brindle Docs', 'Search', 'Product guide', 'Using Brindle day to day', ...fSide, 'Integration guides', ...fSideFolder, 'Docs', 'How is this guide?',
    'Good', 'Bad', 'Edit on GitHub', 'Previous Page', 'Next Page', 'On this page',
  ],
};
