import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout481-kit.js';

/**
 * Held-out batch 481, file e: a short announcement in a community-management SaaS portal built on Next.js (app shell with
 * sidebar, cookie banner and __NEXT_DATA__), and a tenants' union statement on Hugo (PaperMod theme) with a table of contents.
 */
const nTitle = 'Water shut-off: Building 2, Thursday April 16';
const nBody = [
  j(
    'The water supply to Building 2 will be shut off on <strong>Thursday, April 16, from 9:00 a.m. to about 1:00 p.m.</strong> while',
    'the plumber replaces the main valve in the basement.',
  ),
  'Fill a few jugs of water the night before.',
  'Do not run washing machines or dishwashers that morning.',
  'Water may look cloudy for a few minutes when it comes back; let the cold tap run until it clears.',
  j('Buildings 1 and 3 are not affected. If the work runs late, we will post an update here and send a text alert. Thank you for', 'your patience.'),
];
const nSide = ['Dashboard', 'Announcements', 'Payments', 'Maintenance Requests', 'Documents', 'Directory', 'Settings'];
const nData = JSON.stringify({
  props: { pageProps: { announcement: { id: 'a_8812', title: nTitle, community: 'Willow Court HOA', audience: 'Building 2' } } },
  page: '/c/[slug]/announcements/[id]',
  query: { slug: 'willow-court', id: 'a_8812' },
  buildId: 'Xk2p9QeR1',
  isFallback: false,
});
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport"
content="width=device-width"><title>${nTitle} · Willow Court HOA · Hearthly</title>
<meta name="robots" content="noindex"><meta name="next-head-count" content="4"><link rel="preload" href="/_next/static/css/7a1e0c7b2d6f.css" as="style"><link
rel="stylesheet" href="/_next/static/css/7a1e0c7b2d6f.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script
src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer></script>
<script src="/_next/static/chunks/pages/c/%5Bslug%5D/announcements/%5Bid%5D-3b9d1e0f.js" defer></script></head>
<body><div id="__next"><div class="flex min-h-screen bg-slate-50"><a href="#main"
class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to main content</a>
<aside class="hidden w-64 shrink-0 border-r border-slate-200 bg-white lg:block"><div class="flex h-16 items-center px-6"><span
class="text-lg font-semibold text-emerald-700">Hearthly</span></div>
<div class="px-4 py-2"><button type="button" class="flex w-full items-center justify-between rounded-md border px-3 py-2 text-sm"
aria-haspopup="listbox"><span>Willow Court HOA</span><svg class="h-4 w-4" aria-hidden="true"></svg></button></div>
<nav class="mt-4 space-y-1 px-2" aria-label="Sidebar">${nSide
  .map(
    (t) => `<a
class="${t === 'Announcements' ? 'bg-emerald-50 text-emerald-700' : 'text-slate-600 hover:bg-slate-50'} group flex items-center rounded-md px-3 py-2 text-sm
font-medium" href="/c/willow-court/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav></aside>
<div class="flex flex-1 flex-col"><header class="flex h-16 items-center justify-between border-b border-slate-200 bg-white px-6"><div
class="relative w-96"><label for="q" class="sr-only">Search</label>
<input id="q" type="search" placeholder="Search your community" class="w-full rounded-md border border-slate-300 py-1.5 pl-9 text-sm"></div>
<div class="flex items-center gap-4"><button type="button" class="relative rounded-full p-1 text-slate-500"><span
class="sr-only">View notifications</span><span class="absolute -right-1 -top-1 rounded-full bg-red-500 px-1.5 text-xs text-white">3</span></button>
<button type="button" class="flex items-center gap-2 text-sm"><span
class="inline-flex h-8 w-8 items-center justify-center rounded-full bg-emerald-600 text-white">LM</span><span>Lena M. · Unit 2B</span></button></div></header>
<main id="main" class="mx-auto w-full max-w-3xl flex-1 px-6 py-8"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500"><ol
class="flex gap-2"><li><a href="/c/willow-court/announcements">Announcements</a></li><li aria-hidden="true">/</li><li
aria-current="page">Building 2</li></ol></nav>
<div class="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"><div class="mb-2 flex items-center gap-2"><span
class="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">Urgent</span><span
class="text-xs text-slate-500">Sent to: Building 2 residents</span></div>
<h1 class="text-2xl font-semibold text-slate-900">${nTitle}</h1><p class="mt-1 text-sm text-slate-500">Posted by <span
class="font-medium">Willow Court Board</span> · <time dateTime="2026-04-13T15:20:00Z">Apr 13, 2026, 11:20 AM</time></p>
<div class="prose prose-slate mt-6 max-w-none">${ps([nBody[0] ?? ''])}<ul>${lis(nBody.slice(1, 4))}</ul>${ps([nBody[4] ?? ''])}</div>
<div class="mt-6 flex items-center justify-between border-t border-slate-100 pt-4"><span
class="text-sm text-slate-500">Seen by 41 of 48 households</span><button type="button"
class="rounded-md bg-emerald-600 px-3 py-1.5 text-sm font-medium text-white">Mark as read</button></div>
<p class="mt-4 text-xs text-slate-400">Comments are turned off for this announcement.</p></div></main>
<footer class="border-t border-slate-200 px-6 py-4 text-xs text-slate-500">© 2026 Hearthly, Inc. · <a href="/terms">Terms</a> · <a
href="/privacy">Privacy</a> · <a href="/help">Help Center</a></footer></div></div>
<div role="dialog" aria-live="polite" aria-label="Cookie consent"
class="fixed inset-x-4 bottom-4 z-50 rounded-lg bg-slate-900 p-4 text-sm text-white
shadow-lg"><p>We use cookies to keep you signed in and to understand how the portal is used.</p>
<div class="mt-3 flex gap-2"><button type="button" class="rounded bg-white px-3 py-1 text-slate-900">Accept all</button><button type="button"
class="rounded border border-white px-3 py-1">Only necessary</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextPortal: TestPage = {
  name: 'heldout481-nextjs-portal-water-shutoff',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nBody),
  bylines: ['Posted by Willow Court Board', 'Apr 13, 2026, 11:20 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Hearthly', 'Willow Court HOA', ...nSide, 'Search', 'View notifications', '3', 'LM', 'Lena M. · Unit 2B', 'Urgent',
    'Sent to: Building 2 residents', 'Seen by 41 of 48 households', 'Mark as read', 'Comments are turned off for this announcement.',
    '© 2026 Hearthly, Inc.', 'Terms', 'Privacy', 'Help Center', 'We use cookies to keep you signed in and to understand how the portal is used.',
    'Accept all', 'Only necessary',
  ],
};

const hTitle = 'Our response to the proposed 9% rent increase at Alder Gardens';
const hDesc = 'The union\u2019s statement ahead of the rent board hearing on May 6.';
const hBody = [
  j(
    'On March 20, Northgate Residential told every household at Alder Gardens that rents will rise by 9 percent from July 1. For a',
    'two-bedroom flat that is about $165 more a month. The union\u2019s members met on March 29 and voted, 212 to 7, to contest the',
    'increase before the city rent board.',
  ),
  'Why we object',
  j(
    'Alder Gardens is a rent-stabilized complex. Increases above the annual guideline, 3.5 percent this year, are only allowed when',
    'the owner shows that operating costs or capital improvements justify them. Northgate\u2019s notice names a new roof and \u201cgeneral',
    'upgrades\u201d but gives no figures.',
  ),
  j(
    'Meanwhile, basic repairs are not being done. Our survey of 148 households in February found broken heating in 31 flats, mould in',
    '22 and a lift in Block D that has been out of service since November.',
  ),
  'What we are asking for',
  'That the increase be held to the 3.5 percent guideline until Northgate files its cost figures with the rent board.',
  'A written schedule for the repairs found in our survey.',
  'A rent reduction for Block D households for every month the lift remains broken.',
  'How you can help',
  j(
    'Come to the hearing on Wednesday, May 6, at 6 p.m. in City Hall, Room 310. We will meet at the Block B entrance at 5:15 p.m. and',
    'walk over together. Childcare will be available in the community room.',
  ),
  j(
    'If you have not yet filled in the repair survey, knock on the door of your block captain or fill in the paper copy at the',
    'union table in the laundry room. Every complaint we can document strengthens our case.',
  ),
  'We are not against fair increases. We are against paying more for less.',
];
const hHeads = [1, 4, 8];
const hNav = ['Posts', 'Meetings', 'Know your rights', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Alder Gardens Tenants Union</title><meta name="keywords" content="rent, rent board, statements">
<meta name="description" content="${hDesc}"><meta name="author" content="Alder Gardens Tenants Union"><link rel="canonical"
href="https://aldergardenstenants.org/posts/rent-increase-response/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<meta name="generator" content="Hugo 0.124.1"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"description":"${hDesc}","datePublished":"2026-04-02T09:00:00-07:00","author":{"@type":"Person","name":"Alder Gardens Tenants Union"}}</script></head>
<body id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://aldergardenstenants.org/" accesskey="h"
title="Alder Gardens Tenants Union (Alt + H)">Alder Gardens Tenants Union</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hNav
  .map(
    (t) => `<li><a href="https://aldergardenstenants.org/${t.toLowerCase().replace(/ /g, '-')}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://aldergardenstenants.org/">Home</a>&nbsp;»&nbsp;<a href="https://aldergardenstenants.org/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-04-02 09:00:00 -0700
-0700'>April 2, 2026</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Alder Gardens Tenants Union</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${at(hBody, ...hHeads)
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="${t}">${t}</a></li>`)
  .join('\n')}</ul></div></details></div>
<div class="post-content">${ps([hBody[0] ?? ''])}<h2 id="why-we-object">${hBody[1]}<a hidden class="anchor" aria-hidden="true"
href="#why-we-object">#</a></h2>${ps(hBody.slice(2, 4))}
<h2 id="what-we-are-asking-for">${hBody[4]}<a hidden class="anchor" aria-hidden="true"
href="#what-we-are-asking-for">#</a></h2><ol>${lis(hBody.slice(5, 8))}</ol>
<h2 id="how-you-can-help">${hBody[8]}<a hidden class="anchor" aria-hidden="true"
href="#how-you-can-help">#</a></h2>${ps(hBody.slice(9, 11))}<p><strong>${hBody[11]}</strong></p></div>
<footer class="post-footer"><ul class="post-tags">${links(['rent', 'rent board', 'statements'])}</ul>
<nav class="paginav"><a class="prev" href="https://aldergardenstenants.org/posts/repair-survey-results/"><span
class="title">« Prev</span><br><span>Repair survey results: February 2026</span></a>
<a class="next" href="https://aldergardenstenants.org/posts/spring-general-meeting/"><span
class="title">Next »</span><br><span>Spring general meeting</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x"
href="https://x.com/intent/tweet/?text=Our%20response"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2faldergardenstenants.org"><svg viewBox="0 0 512 512" height="30px"
width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://aldergardenstenants.org/">Alder Gardens Tenants Union</a></span> · <span>Powered by <a
href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{
document.body.classList.contains("dark")?(document.body.classList.remove("dark"),
localStorage.setItem("pref-theme","light")):(document.body.classList.add("dark"),localStorage.setItem("pref-theme","dark"))});</script></body></html>`;
const hugoStatement: TestPage = {
  name: 'heldout481-hugo-tenants-union-statement',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: at(hBody, ...hHeads),
  body: texts([hDesc, ...hBody.filter((_, i) => !hHeads.includes(i))]),
  bylines: ['April 2, 2026', 'Alder Gardens Tenants Union'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Posts', 'Meetings', 'Know your rights', 'Contact', 'Home', '»',
    '2 min', 'Table of Contents', 'statements', '« Prev', 'Repair survey results: February 2026',
    'Next »', 'Spring general meeting', '© 2026 Alder Gardens Tenants Union', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT481_E: readonly TestPage[] = [nextPortal, hugoStatement];
