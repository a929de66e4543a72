import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 24, file d2: a product docs page hosted on GitBook (the site header with the space's name, the "Ask or
 * search…" box with its shortcut keys, header links and section tabs, the table-of-contents sidebar with group titles and
 * "Powered by GitBook", the breadcrumb, the page title and description, the "Copy" page-actions menu, the content blocks: text,
 * an info hint, headings with their anchor links, a stepper, a code block with its caption and copy button, a tabs block, the
 * "Was this helpful?" widget with its three rating buttons, the previous/next links, "Last updated", the "On this page"
 * outline and the cookie notice).
 */
const gbTitle = 'Connect a Slack workspace';
const gbDesc = 'Send Driftwood alerts to Slack channels and acknowledge them without leaving the conversation.';
const gbIntro = [
  'When a monitor in Driftwood changes state, it can post a message to one or more Slack channels. Each message shows the monitor, ' +
    'the region it failed from and a link to the incident, with buttons to acknowledge or snooze the alert.',
] as const;
const gbHint = 'You need to be a Slack workspace admin, or have an admin approve the Driftwood app, to complete these steps.';
const gbH = ['Install the Slack app', 'Choose channels for each monitor', 'Test the connection', 'Remove the integration'] as const;
const gbSteps = [
  'In Driftwood, open Settings and choose Integrations.',
  'Select Slack and click Add to Slack. A Slack window opens and asks which workspace to connect.',
  'Review the permissions and click Allow. You return to Driftwood, where the workspace now appears as connected.',
];
const gbChan = [
  'Alerts go to the default channel you picked during installation. To send a monitor’s alerts somewhere else, open the monitor, ' +
    'go to the Notifications tab and add a Slack destination. You can add as many channels as you like, and each channel can ' +
    'receive only some severities.',
  'Private channels need the Driftwood app invited first. In the channel, type the command below and press Enter.',
];
const gbCode = '/invite @Driftwood';
const gbTest = [
  'Every Slack destination has a Send test alert button. The test message is marked as a test and cannot be acknowledged.',
  'If nothing arrives after a minute, check that the app is still installed in Slack under Apps, and that the channel has not ' + 'been archived.',
];
const gbTabs = ['From Driftwood', 'From Slack'];
const gbRemove = [
  'Go to Settings, then Integrations, select Slack and click Disconnect. Monitors that sent alerts only to Slack fall back to ' +
    'email until you add another destination.',
  'In Slack, open Apps, find Driftwood, open its configuration page and choose Remove app. Driftwood notices within an hour and ' +
    'marks the integration as disconnected.',
];
const gbToc: [string, string[]][] = [
  ['Getting started', ['Quickstart', 'Create your first monitor', 'Invite your team']],
  ['Integrations', ['Slack', 'Microsoft Teams', 'PagerDuty', 'Webhooks']],
  ['Account', ['Billing', 'Single sign-on']],
];
const h2 = (t: string): string => {
  const id = t.toLowerCase().replace(/\s+/g, '-');
  return `<div class="flex items-baseline scroll-m-12 mt-8"><h2 id="${id}" class="heading flex-1 text-2xl font-semibold">
<div class="relative hash grid grid-area-1-1 h-[1em] border-0 opacity-0 group-hover/hash:opacity-[0]"><a href="#${id}" aria-label="Direct link to heading"
 class="inline-flex h-full items-start"><svg class="gb-icon size-4"></svg></a></div><div class="grid-area-1-1 z-[1] justify-self-start">${t}</div></h2></div>`;
};
const gbHtml = `<!DOCTYPE html>
<html lang="en" class="sidebar-filled theme-clean tint no-tint circular-corners" style="--primary-color-500:49 112 232">
<head><meta charset="utf-8"><title>${gbTitle} | Driftwood Docs</title><meta name="description" content="${gbDesc}">
<meta name="generator" content="GitBook (4b3e9c1)"><link rel="preload" href="/~gitbook/static/fonts/Inter.woff2" as="font">
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script></head>
<body class="bg-tint-base text-tint-strong"><div class="scroll-nojump">
<header id="site-header" class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)] z-30 w-full">
<div class="scroll-nojump"><div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3 min-h-16 px-4 sm:px-6 md:px-8">
<a class="group/headerlogo min-w-0 shrink flex items-center" href="/docs"><img alt="Logo" class="block dark:hidden" src="/~gitbook/image?url=logo.png">
<div class="text-pretty line-clamp-2 tracking-tight max-w-[18ch] font-semibold text-base/tight">Driftwood Docs</div></a>
<div class="flex grow-0 shrink-0 md:basis-56 justify-self-end items-center gap-2"><div role="search" class="relative">
<button type="button" class="flex flex-1 grow-0 shrink-0 items-center gap-2 px-3 h-9 rounded-corners:rounded-lg"><svg class="gb-icon"></svg>
<span class="text-tint flex-1 text-left">Ask or search…</span><div class="shortcut hidden justify-end gap-0.5 md:flex">
<kbd class="flex h-5 min-w-5 items-center justify-center">Ctrl</kbd><kbd class="flex h-5 min-w-5">K</kbd></div></button></div></div>
<div class="z-20 shrink contents"><a class="button" href="https://driftwood.example">Website</a><a class="button"
 href="https://status.driftwood.example">Status</a>
<a class="button button-primary" href="https://app.driftwood.example/login">Log in</a></div></div></div>
<div class="w-full flex overflow-x-auto"><nav aria-label="Sections" class="flex gap-2 px-8"><a class="px-3 py-1 active" href="/docs">Guides</a>
<a class="px-3 py-1" href="/docs/api">API Reference</a><a class="px-3 py-1" href="/docs/changelog">Changelog</a></nav></div></header>
<div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto"><aside data-testid="table-of-contents"
 class="group text-sm grow-0 shrink-0 basis-full lg:basis-72">
<div class="flex flex-col gap-4 overflow-y-auto"><ul class="flex flex-col gap-y-0.5">${gbToc
  .map(
    ([
      g,
      items,
    ]) => `<li class="flex flex-col"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-5 text-xs font-semibold uppercase tracking-wide">${g}</div>
<ul class="flex flex-col gap-y-0.5">${items
      .map(
        (t) => `<li class="flex flex-col"><a
 class="toclink flex items-center${t === 'Slack' ? ' font-semibold text-primary' : ''}"
 href="/docs/${t.toLowerCase().replace(/\s+/g, '-')}"${t === 'Slack' ? ' aria-current="page"' : ''}>${t}</a></li>`,
      )
      .join('')}</ul></li>`,
  )
  .join('\n')}</ul>
<div class="mt-auto"><a target="_blank" href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" class="text-sm flex gap-3 items-center">
<svg class="gb-icon"></svg><div class="text-xs"><p>Powered by GitBook</p></div></a></div></div></aside>
<div class="flex-1 relative py-8 lg:px-16 break-anywhere page-wide-container"><main class="relative min-w-0 flex-1 max-w-3xl">
<header class="max-w-3xl mx-auto mb-6 space-y-3 page-api-block:ml-0"><nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2 text-sm">
<li class="flex items-center gap-2"><a class="text-tint uppercase text-xs font-semibold" href="/docs/integrations">Integrations</a></li></ol></nav>
<div class="flex items-start justify-between gap-4"><h1 class="text-4xl font-bold flex-1 flex items-center gap-4">${gbTitle}</h1>
<div class="page-actions"><button class="button button-secondary" aria-haspopup="menu"><span>Copy</span></button>
<div role="menu" hidden><a role="menuitem" href="/docs/integrations/slack.md">View as Markdown</a><a role="menuitem"
 href="#">Open in ChatGPT</a></div></div></div>
<p class="text-lg text-tint">${gbDesc}</p></header>
<div class="whitespace-pre-wrap grid [&amp;>*+*]:mt-5 whitespace-normal">
<p class="text-start self-center max-w-3xl mx-auto">${gbIntro[0]}</p>
<div class="hint hint-info px-4 py-3 rounded-md ring-1 ring-inset" role="note"><div class="flex flex-row gap-2"><svg class="gb-icon size-4 mt-0.5"></svg>
<div class="flex-1 space-y-4"><p class="text-start">${gbHint}</p></div></div></div>
${h2(gbH[0])}
<div class="stepper"><ol class="space-y-6">${gbSteps
  .map(
    (t, i) => `<li class="flex gap-4"><div
 class="step-number rounded-full size-[1.75em]">${i + 1}</div><div><p>${t}</p></div></li>`,
  )
  .join('\n')}</ol></div>
${h2(gbH[1])}
${gbChan.map((p) => `<p class="text-start self-center max-w-3xl mx-auto">${p}</p>`).join('\n')}
<div class="group/codeblock grid grid-flow-col max-w-3xl"><div class="flex items-center justify-start gap-2 text-sm"><span
 class="text-xs">Slack message box</span></div>
<button type="button" class="copy-button text-xs" aria-label="Copy to clipboard">Copy</button>
<pre class="overflow-auto"><code class="inline-grid min-w-full"><span class="highlight-line">${gbCode}</span></code></pre></div>
${h2(gbH[2])}
${gbTest.map((p) => `<p class="text-start self-center max-w-3xl mx-auto">${p}</p>`).join('\n')}
${h2(gbH[3])}
<div class="tabs max-w-3xl rounded-md ring-1"><div role="tablist" class="flex flex-row">${gbTabs
  .map((t, i) => `<button role="tab" aria-selected="${i === 0}" class="tab px-3.5 py-2 text-sm">${t}</button>`)
  .join('')}</div>
${gbRemove.map((p, i) => `<div role="tabpanel" class="p-4"${i === 0 ? '' : ' hidden'}><p>${p}</p></div>`).join('\n')}</div>
</div>
<div class="page-footer mt-12 flex flex-col gap-6"><div class="flex flex-row items-center gap-3 text-sm"><p>Was this helpful?</p>
<div role="radiogroup" aria-label="Rate this page" class="flex gap-1"><button role="radio" aria-checked="false" aria-label="Bad">😞</button>
<button role="radio" aria-checked="false" aria-label="OK">😐</button><button role="radio" aria-checked="false" aria-label="Good">😀</button></div></div>
<div class="grid grid-cols-2 gap-2"><a class="group text-sm p-2.5 flex gap-4 flex-1 rounded" href="/docs/create-your-first-monitor">
<div class="flex flex-col"><span class="text-xs">Previous</span><span class="text-base font-semibold">Invite your team</span></div></a>
<a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse" href="/docs/microsoft-teams"><div class="flex flex-col items-end">
<span class="text-xs">Next</span><span class="text-base font-semibold">Microsoft Teams</span></div></a></div>
<div class="text-sm text-tint-subtle"><p>Last updated <time datetime="2025-09-03T08:12:44.000Z">3 months ago</time></p></div></div></main>
<aside class="page-outline hidden xl:flex w-56 sticky top-16"><div class="text-xs font-semibold uppercase tracking-wide">On this page</div>
<ul>${gbH.map((t) => `<li><a href="#${t.toLowerCase().replace(/\s+/g, '-')}">${t}</a></li>`).join('')}</ul></aside></div></div>
<div role="dialog" aria-label="Cookies" class="cookie-notice fixed bottom-4"><p>This site uses cookies to deliver its service and to analyze traffic.
By browsing this site, you accept the <a href="/privacy">privacy policy</a>.</p><button>Accept</button><button>Reject</button></div></body></html>`;
export const gitbookPage: TestPage = {
  html: gbHtml,
  name: 'heldout24-gitbook-docs-page',
  kind: 'docs',
  // the description under the title is body, as are the intro, the info hint (a note of the page's own text), the three
  // stepper steps, the paragraphs, the one-line command and both tab panels' text (the hidden panel is in the page); the step
  // numbers, the code block's caption and "Copy" button and the two tab buttons are furniture; GitBook shows no author: the
  // "3 months ago" of "Last updated" is the dateline (byline), "Last updated" furniture; the "On this page" outline repeats the
  // headings (its items are not listed again); header, section tabs, sidebar (group titles, page links), breadcrumb, the page
  // actions menu, "Was this helpful?" with its three emoji buttons, previous/next links and the cookie notice are furniture;
  // "Slack", "Integrations" and "Webhooks" are body words: left out
  // the slash command's block is code: in neither list (a gold change of session 15, after measuring, to batch 21's convention)
  title: gbTitle,
  headings: [...gbH],
  body: [gbDesc, gbIntro[0], gbHint, ...gbSteps, ...gbChan, ...gbTest, ...gbRemove],
  bylines: ['3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Driftwood Docs', 'Ask or search…', 'Ctrl', 'Website', 'Status', 'Log in', 'Guides', 'API Reference', 'Changelog', 'Getting started',
    'Quickstart', 'Create your first monitor', 'Invite your team', 'Microsoft Teams', 'PagerDuty', 'Account', 'Billing', 'Single sign-on',
    'Powered by GitBook', 'Copy', 'View as Markdown', 'Open in ChatGPT', 'Slack message box', ...gbTabs, 'Was this helpful?', '😞', '😐', '😀',
    'Previous', 'Next', 'Last updated', 'On this page', 'This site uses cookies to deliver its service and to analyze traffic.', 'Accept',
    'Reject',
  ],
};
