import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout440-kit.js';

/**
 * Held-out batch 440, file d: a LangChain-style docs page on Docusaurus (announcement bar, navbar, docs sidebar,
 * breadcrumbs, version badge, admonitions, code blocks with copy buttons, "Edit this page", feedback widget, pagination,
 * the table of contents and the dark footer) and an AI newsletter issue on beehiiv (web header with subscribe, author and
 * date, share bar, sponsor block, "Read more" promo, footer with "Powered by beehiiv").
 */
const dcTitle = 'How to add message history to a chat chain';
const dcIntro = [
  j(
    'Chat models have no memory of their own: every call sees only the messages you send. To hold a conversation, your chain has',
    'to store earlier turns and pass them back in. This guide shows how to wrap any runnable chain so that it loads and saves',
    'message history per session.',
  ),
];
const dcNote = 'This guide assumes you know how to build a chain from a prompt template and a chat model, and how to invoke it with a config.';
const dcSetup = [
  'Install the core package and an integration for your model provider. The examples use an in-memory store, which is fine for',
  'testing but loses everything when the process exits.',
];
const dcWrap = [
  j(
    'The <code>WithMessageHistory</code> wrapper takes your chain and a function that returns a history object for a session ID.',
    'Before each call it reads the stored messages and inserts them where your prompt has a <code>history</code> placeholder; after',
    'the call it appends the new input and output.',
  ),
  'Pass the session ID in the config of every call. Two calls with the same ID share a history; a new ID starts a clean conversation.',
];
const dcTrim = [
  j(
    'Long conversations will eventually overflow the model’s context window. Put a trimming step in front of the model that keeps',
    'the system message and as many recent messages as fit in a token budget. Trimming happens per call, so the full history',
    'stays in the store.',
  ),
];
const dcStores = [
  '<b>In-memory</b>: for tests and notebooks only',
  '<b>Redis</b>: fast, with an optional time-to-live per session',
  '<b>Postgres</b>: durable, and easy to query for analytics later',
];
const dcNext = 'You now know how to keep a conversation going across calls. Next, see the guide on summarising old messages to save tokens.';
const dcNav = ['Integrations', 'API Reference', 'More', 'v0.4', 'GitHub'];
const dcSide = ['Introduction', 'Tutorials', 'How-to guides', 'Conceptual guide', 'Ecosystem', 'Security'];
const dcToc = ['Setup', 'Wrap the chain', 'Trim long histories', 'Choosing a store', 'Next steps'];
const dcFoot = ['Community', 'Discord', 'Forum', 'Blog', 'Python docs', 'Copyright © 2026 Chainlet, Inc.'];
const cb = (codeText: string): string => `<div class="language-python codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex">
<pre tabindex="0" class="prism-code language-python codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">${codeText}</code></pre>
<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">
<span class="copyButtonIcons_eSgA" aria-hidden="true"></span></button></div></div></div>`;
const dcHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-how_to/message_history"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.8.1">
<title data-rh="true">How to add message history to a chat chain | 🦜 Chainlet</title>
<meta data-rh="true" name="viewport" content="width=device-width, initial-scale=1.0">
<meta data-rh="true" property="og:title" content="How to add message history to a chat chain | 🦜 Chainlet">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docsearch:language" content="en">
<link data-rh="true" rel="canonical" href="https://docs.chainlet.example/how_to/message_history/"><link rel="stylesheet" href="/assets/css/styles.5e1c.css">
<script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script></head>
<body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">Chainlet 0.4 is out!
<a href="/versions/v0_4/">Read the migration guide</a>.</div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/">
<b class="navbar__title text--truncate">🦜 Chainlet</b></a>${dcNav.map((t) => `<a class="navbar__item navbar__link" href="/${t.length}">${t}</a>`).join('\n')}
</div><div class="navbar__items navbar__items--right"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search">
<span class="DocSearch-Button-Placeholder">Search</span></button></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${dcSide
  .map(
    (t) => `<li class="theme-doc-sidebar-item-category menu__list-item"><a class="menu__link"
href="/${t.length}/">${t}</a></li>`,
  )
  .join('\n')}</ul></nav></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs">
<ul class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page"
class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg></a></li>
<li itemscope itemprop="itemListElement" class="breadcrumbs__item"><a class="breadcrumbs__link" href="/how_to/"><span>How-to guides</span></a></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Message history</span></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 0.4</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dcTitle}</h1></header>
${ps(dcIntro)}
<div class="theme-admonition theme-admonition-info admonition_xJq3 alert alert--info"><div class="admonitionHeading_Gvgb">
<span class="admonitionIcon_Rf37"></span>Prerequisites</div><div class="admonitionContent_BuS1"><p>${dcNote}</p></div></div>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="setup">Setup<a href="#setup" class="hash-link" aria-label="Direct link to Setup">​</a></h2>
<p>${j(...dcSetup)}</p>
${cb('pip install -qU chainlet-core chainlet-openrouter')}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="wrap-the-chain">Wrap the chain<a href="#wrap-the-chain" class="hash-link">​</a></h2>
${ps(dcWrap)}
${cb(`from chainlet_core.history import InMemoryHistory, WithMessageHistory

store = {}
chat = WithMessageHistory(chain, lambda sid: store.setdefault(sid, InMemoryHistory()), history_key="history")
chat.invoke({"question": "What is a vector store?"}, config={"configurable": {"session_id": "u42"}})`)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="trim-long-histories">Trim long histories<a href="#trim-long-histories" class="hash-link">​</a></h2>
${ps(dcTrim)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="choosing-a-store">Choosing a store<a href="#choosing-a-store" class="hash-link">​</a></h2>
<ul>${dcStores.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="next-steps">Next steps<a href="#next-steps" class="hash-link">​</a></h2>
<p>${dcNext}</p></div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.com/chainlet-ai/chainlet/edit/master/docs/how_to/message_history.mdx" target="_blank"
class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time datetime="2026-03-12">Mar 12, 2026</time></b></span></div></div>
<div class="feedback_Fn2Q"><span>Was this page helpful?</span><button>Yes</button><button>No</button></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/how_to/streaming/">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">How to stream chat model responses</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/how_to/summary_memory/"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">How to summarise old messages</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${dcToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${t}</a></li>`).join('\n')}
</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
<ul class="footer__items clean-list">${links(dcFoot.slice(0, 5), 'footer__item')}</ul></div>
<div class="footer__bottom text--center"><div class="footer__copyright">${dcFoot[5] ?? ''}</div></div></div></footer></div>
<script src="/assets/js/runtime~main.8c1d.js"></script><script src="/assets/js/main.3f7e.js"></script></body></html>`;

const dcPage: TestPage = {
  name: 'heldout440-docusaurus-framework-howto-docs',
  kind: 'docs',
  html: dcHtml,
  title: dcTitle,
  headings: ['Setup', 'Wrap the chain', 'Trim long histories', 'Choosing a store', 'Next steps'],
  body: [...texts(dcIntro), dcNote, j(...dcSetup), ...texts(dcWrap), ...texts(dcTrim), ...texts(dcStores), dcNext],
  bylines: ['Last updated on Mar 12, 2026'],
  furniture: [
    'Skip to main content',
    'Chainlet 0.4 is out! Read the migration guide.',
    '🦜 Chainlet',
    ...dcNav,
    'Search',
    ...dcSide,
    'Message history',
    'Version: 0.4',
    'On this page',
    'Edit this page',
    'Was this page helpful?',
    'Previous',
    'How to stream chat model responses',
    'How to summarise old messages',
    ...dcFoot,
  ],
};

const bhTitle = 'Issue #58: The quiet rise of on-device models';
const bhIntro = [
  'Good morning. This week: phones are quietly becoming the cheapest place to run a language model, a benchmark gets caught',
  'grading itself, and a tool that turns meeting recordings into decision logs.',
];
const bhBig = [
  j(
    'Three handset makers shipped updates in the past month that run a 3-billion-parameter assistant entirely on the phone.',
    'None of them made much noise about it. The features are framed as “offline summaries” or “smart replies”, but underneath',
    'they are the same kind of model that needed a data centre two years ago.',
  ),
  j(
    'The economics explain the silence. Every request answered on the device is one the company does not pay a cloud bill for,',
    'and the quality gap for short tasks has shrunk to the point where most users do not notice. Analysts at Brindle Research',
    'estimate that a third of assistant requests on new phones will never leave the device by the end of the year.',
  ),
  j(
    'The catch is memory. A 3B model quantized to four bits still needs about two gigabytes of RAM, and phone makers are',
    'reserving that memory whether or not you use the assistant. Expect the next argument about bloat to be about this.',
  ),
];
const bhQuick = [
  'A popular coding benchmark was found to include 140 problems whose reference answers were written by the model it ranks first.',
  'The Oslo Data Trust published a licence for training data that pays contributors per token used.',
  'Two open-weight image models now accept a sketch and a colour palette as a single prompt.',
  'A court in Rotterdam ruled that a chatbot’s refund promise binds the airline that deployed it.',
];
const bhTool = [
  j(
    '<b>Minutely</b> listens to a recorded meeting and writes only the decisions, who made them and what happens next. It skips',
    'the summary entirely. We tried it on six of our own calls; it caught every decision and invented none, though it did',
    'assign one task to the wrong person. Free for ten hours a month.',
  ),
];
const bhEnd = ['Reply to this email with the one AI feature on your phone you actually use. We will share the answers next week.', 'Until Thursday, Sigrun'];
const bhHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Issue #58: The quiet rise of on-device models</title><meta name="description" content="Phones are becoming the cheapest place to run a model.">
<meta property="og:site_name" content="The Weights Room"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Issue #58: The quiet rise of on-device models",
"author":[{"@type":"Person","name":"Sigrun Maalouf"}],"datePublished":"2026-03-26T11:00:00Z",
"publisher":{"@type":"Organization","name":"The Weights Room"}}</script>
<link rel="stylesheet" href="https://beehiiv-assets.example/assets/application-8d1c.css"><script>window.__remixContext = {"state":{"loaderData":
{"routes/p/$slug":{"publication":{"name":"The Weights Room"},"post":{"id":"post_58","slug":"issue-58"}}}}};</script></head>
<body><div id="root"><header id="web-header" class="sticky top-0 z-20 w-full bg-wt-header">
<nav class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-2"><img src="https://media.beehiiv.example/pub/logo.png" alt="The Weights Room" class="h-8 w-8 rounded-wt">
<span class="font-semibold">The Weights Room</span></a><div class="flex items-center gap-4"><a href="/archive" class="text-sm">Archive</a>
<a href="/upgrade" class="text-sm">Upgrade</a><a href="/login" class="text-sm">Login</a>
<a href="/subscribe" class="rounded-wt bg-wt-primary px-3 py-1.5 text-sm text-white">Subscribe</a></div></nav></header>
<main class="mx-auto max-w-2xl px-4 py-10"><div class="flex flex-col space-y-4"><h1 class="text-3xl font-bold text-wt-text-on-background">${bhTitle}</h1>
<h2 class="text-lg text-wt-text-on-background opacity-80">Plus: a benchmark grades itself, and a tool for decision logs</h2>
<div class="flex items-center gap-3"><img src="https://media.beehiiv.example/user/sigrun.jpg" alt="Author" class="h-10 w-10 rounded-full">
<div class="flex flex-col"><span class="text-sm font-semibold">Sigrun Maalouf</span><span class="text-xs opacity-75">March 26, 2026</span></div></div>
<div class="flex gap-2 share-buttons"><a href="https://x.example/intent/tweet?url=issue-58" class="text-xs">Share on X</a>
<a href="https://linkedin.example/share?url=issue-58" class="text-xs">Share on LinkedIn</a><button class="text-xs copy-link">Copy link</button></div></div>
<div class="rendered-post mt-8"><div id="content-blocks">
<div style="padding-bottom:12px;padding-left:0;padding-right:0;padding-top:12px;"><p>${j(...bhIntro)}</p></div>
<div class="sponsor-block" style="background-color:#F4F1EA;border-radius:10px;padding:16px;"><p style="font-size:12px;">TOGETHER WITH LEDGERLY</p>
<p><a href="https://ledgerly.example/?utm_source=weightsroom">
Close your books in a day, not a week. Ledgerly reconciles accounts while you sleep. Try it free.</a></p>
</div>
<div style="padding-top:12px;"><h2 class="heading" style="text-align:left;" id="the-big-story">The big story</h2></div>
${ps(bhBig, ' style="padding-bottom:12px;"')}
<div class="read-more-inline"><p><b>Read more:</b> <a href="/p/issue-51">Issue #51: What quantization costs you</a></p></div>
<div style="padding-top:12px;"><h2 class="heading" id="quick-hits">Quick hits</h2></div>
<ul>${bhQuick.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<div style="padding-top:12px;"><h2 class="heading" id="tool-of-the-week">Tool of the week</h2></div>
${ps(bhTool)}
<div style="padding-top:12px;"><h2 class="heading" id="one-more-thing">One more thing</h2></div>
${ps(bhEnd)}
</div></div>
<div class="mt-10 rounded-wt border p-6 text-center subscribe-footer"><h3 class="text-xl font-semibold">Keep reading with The Weights Room</h3>
<p class="text-sm">A twice-weekly briefing on AI models, tools and policy. Free, and read by 41,000 people.</p>
<form action="/create_subscription" method="post"><input type="email" name="email" placeholder="Enter your email">
<button type="submit">Subscribe</button></form></div>
</main><footer class="w-full bg-wt-footer py-10 text-center text-sm"><p>© 2026 The Weights Room.</p>
<div class="flex justify-center gap-4"><a href="/privacy">Privacy policy</a><a href="/tos">Terms of use</a></div>
<a href="https://www.beehiiv.example/?utm_source=weightsroom" class="powered-by">Powered by beehiiv</a></footer></div></body></html>`;

const bhPage: TestPage = {
  name: 'heldout440-beehiiv-newsletter-issue-news',
  kind: 'news',
  html: bhHtml,
  title: bhTitle,
  headings: ['The big story', 'Quick hits', 'Tool of the week', 'One more thing'],
  body: [j(...bhIntro), ...texts(bhBig), ...bhQuick, ...texts(bhTool), ...bhEnd],
  bylines: ['Sigrun Maalouf', 'March 26, 2026'],
  furniture: [
    'Archive',
    'Upgrade',
    'Login',
    'Subscribe',
    'Plus: a benchmark grades itself, and a tool for decision logs',
    'Share on X',
    'Share on LinkedIn',
    'Copy link',
    'TOGETHER WITH LEDGERLY',
    'Close your books in a day, not a week. Ledgerly reconciles accounts while you sleep. Try it free.',
    'Read more: Issue #51: What quantization costs you',
    'Keep reading with The Weights Room',
    'A twice-weekly briefing on AI models, tools and policy. Free, and read by 41,000 people.',
    '© 2026 The Weights Room.',
    'Privacy policy',
    'Terms of use',
    'Powered by beehiiv',
  ],
};

export const HELDOUT440_D: readonly TestPage[] = [dcPage, bhPage];
