import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 226, file e2: the changelog page on the marketing site of an Electron note-taking app (a Next.js site:
 * the announcement bar, the header nav with "Download" and "Log in", the h1 and intro, release entries with date, version
 * badge, platform chips, a hero image with caption and "New" / "Improved" / "Fixed" sub-lists, the "Get release notes by
 * email" box between entries, the "Load older releases" button, the consent banner and the footer with its columns).
 */
const elTitle = 'Changelog';
const elIntro = ['New updates and improvements to Inkwell for Mac, Windows and Linux. The app updates itself; these notes say what changed.'];
const elE1 = 'Inkwell 5.3: linked mentions and a faster start';
const elE1Date = 'March 11, 2027';
const elE1P = [
  'Every note now shows the other notes that mention it, even when they do not link to it. Inkwell looks for the note’s title ' +
    'and its aliases and lists each mention with a line of context, so you can turn a loose mention into a link with one click.',
  'We also rebuilt how the app starts. Instead of indexing your vault before showing the window, Inkwell now opens the last ' +
    'note straight away and indexes in the background. On a vault of 20,000 notes the window appears in under a second.',
];
const elCaption = 'Linked mentions appear below the note, grouped by the note they come from.';
const elH1 = 'New';
const elNew1 = ['Linked mentions panel, with one-click conversion to a link.', 'Note aliases, set in the note’s properties.'];
const elH2 = 'Improved';
const elImp1 = [
  'Startup time on large vaults, from about six seconds to under one.',
  'The command palette remembers the last command you ran.',
  'Electron updated to 41, with the security fixes that came with it.',
];
const elH3 = 'Fixed';
const elFix1 = [
  'Pasting a table from a spreadsheet on Windows no longer adds an empty first column.',
  'The window no longer opens off-screen after disconnecting a second monitor.',
];
const elE2 = 'Inkwell 5.2.4';
const elE2Date = 'February 19, 2027';
const elE2P = ['A small release with fixes for sync and printing.'];
const elFix2 = [
  'Sync could stall when two devices renamed the same folder within a few seconds of each other.',
  'Printing a note with images on Linux printed blank pages after the first one.',
  'Keyboard shortcuts with the AltGr key work again on European layouts.',
];
const elE3 = 'Inkwell 5.2: tables you can sort';
const elE3Date = 'January 28, 2027';
const elE3P = [
  'Tables in notes can now be sorted by any column from the column header, and the sort is saved with the note as plain ' +
    'Markdown, so it survives in other editors too. Columns that hold dates or numbers are sorted as dates and numbers.',
];
const elNav = ['Features', 'Sync', 'Publish', 'Pricing', 'Changelog', 'Community', 'Log in', 'Download'];
const elBar = 'Inkwell 5.3 is here: linked mentions and a faster start. Read the notes →';
const elChips = ['5.3.0', 'Mac', 'Windows', 'Linux', '5.2.4', '5.2.0'];
const elNews = ['Get release notes by email', 'One short email when a new version ships. No marketing.', 'Email address', 'Subscribe'];
const elMore = ['Load older releases', 'Looking for the mobile apps? See the iOS and Android changelog.'];
const elConsent = ['We use a small number of cookies to understand how the site is used. We never sell your data.', 'Accept', 'Decline'];
const elFoot = [
  'Product',
  'Download',
  'Pricing',
  'Changelog',
  'Roadmap',
  'Resources',
  'Help center',
  'Community forum',
  'Plugins',
  'Company',
  'About',
  'Careers',
  'Brand',
  'Privacy',
  'Terms',
  '© 2027 Inkwell Labs Ltd. Made in Tallinn.',
];
const sub = (h: string, items: readonly string[]): string =>
  `<h3 class="text-sm font-semibold uppercase tracking-wide">${h}</h3><ul class="list-disc pl-5 space-y-1">${items
    .map((t) => `<li>${t}</li>`)
    .join('\n')}</ul>`;
const entry = (id: string, h: string, date: string, chips: readonly string[], inner: string): string => `<article id="${id}"
class="changelog-entry grid md:grid-cols-[180px_1fr] gap-8 py-12 border-b border-neutral-200"><div class="sticky top-24 text-sm text-neutral-500">
<time dateTime="${date}">${date}</time><div class="mt-2 flex flex-wrap gap-1">${chips
  .map(
    (c) => `<span class="rounded-full bg-neutral-100 px-2 py-0.5
text-xs">${c}</span>`,
  )
  .join('')}</div></div>
<div class="prose prose-neutral max-w-none"><h2 class="text-2xl font-semibold"><a href="#${id}">${h}</a></h2>
${inner}</div></article>`;
const elHtml = `<!DOCTYPE html>
<html lang="en" class="__variable_3a0f1c"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changelog – Inkwell</title><meta name="description" content="New updates and improvements to Inkwell.">
<meta property="og:title" content="Changelog – Inkwell"><meta property="og:site_name" content="Inkwell"><link rel="alternate"
type="application/rss+xml" href="/changelog/rss.xml">
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2">
<link rel="stylesheet" href="/_next/static/css/7d1b2c0e5a.css" data-precedence="next"><script src="/_next/static/chunks/webpack-3b9e.js" async=""></script>
<script src="/_next/static/chunks/app/changelog/page-81f2.js" async=""></script></head>
<body class="min-h-screen bg-white font-sans antialiased"><div class="bg-violet-600 text-white text-center text-sm py-2" role="region"
aria-label="Announcement">
<a href="#inkwell-5-3">${elBar}</a></div>
<header class="sticky top-0 z-40 border-b bg-white/80 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-6">
<a href="/" class="flex items-center gap-2 font-semibold"><img src="/logo.svg" alt="" width="24" height="24"><span>Inkwell</span></a>
<nav aria-label="Main"><ul class="hidden md:flex gap-6 text-sm">${links(elNav.slice(0, 6))}</ul></nav><div class="flex gap-3">
<a href="/login" class="text-sm">${elNav[6]}</a><a href="/download" class="rounded-md bg-neutral-900 px-3 py-1.5 text-sm
text-white">${elNav[7]}</a></div></div></header>
<main class="mx-auto max-w-6xl px-6"><section class="py-16"><h1 class="text-5xl font-bold tracking-tight">${elTitle}</h1>
<p class="mt-4 text-lg text-neutral-600">${elIntro[0]}</p><a href="/changelog/rss.xml" class="text-sm text-violet-600">RSS feed</a></section>
${entry(
  'inkwell-5-3',
  elE1,
  elE1Date,
  elChips.slice(0, 4),
  `${ps(elE1P)}
<figure><img src="/_next/image?url=%2Fchangelog%2F5-3-mentions.png&amp;w=1920&amp;q=75" alt="" loading="lazy"><figcaption>${elCaption}</figcaption></figure>
${sub(elH1, elNew1)}
${sub(elH2, elImp1)}
${sub(elH3, elFix1)}`,
)}
<aside class="my-12 rounded-2xl bg-neutral-50 p-8"><h2 class="text-xl font-semibold">${elNews[0]}</h2><p class="text-neutral-600">${elNews[1]}</p>
<form class="mt-4 flex gap-2"><label for="email" class="sr-only">${elNews[2]}</label><input id="email" type="email" placeholder="you@example.com">
<button type="submit">${elNews[3]}</button></form></aside>
${entry('inkwell-5-2-4', elE2, elE2Date, [elChips[4] ?? '', ...elChips.slice(1, 4)], `${ps(elE2P)}\n${sub(elH3, elFix2)}`)}
${entry('inkwell-5-2', elE3, elE3Date, [elChips[5] ?? '', ...elChips.slice(1, 4)], ps(elE3P))}
<div class="py-12 text-center"><button class="rounded-md border px-4 py-2 text-sm">${elMore[0]}</button>
<p class="mt-4 text-sm text-neutral-500">Looking for the mobile apps? See the <a href="/changelog/mobile">iOS and Android changelog</a>.</p></div></main>
<div class="fixed bottom-4 left-4 max-w-sm rounded-xl bg-white p-4 shadow-lg" role="dialog" aria-label="Cookie consent"><p class="text-sm">${elConsent[0]}</p>
<div class="mt-3 flex gap-2"><button>${elConsent[1]}</button><button>${elConsent[2]}</button></div></div>
<footer class="border-t"><div class="mx-auto grid max-w-6xl grid-cols-3 gap-8 px-6 py-12 text-sm">
<div><h3 class="font-semibold">${elFoot[0]}</h3><ul>${links(elFoot.slice(1, 5))}</ul></div><div><h3
class="font-semibold">${elFoot[5]}</h3><ul>${links(elFoot.slice(6, 9))}</ul></div>
<div><h3 class="font-semibold">${elFoot[9]}</h3><ul>${links(elFoot.slice(10, 15))}</ul></div></div><p class="text-center text-xs text-neutral-500
pb-8">${elFoot[15]}</p></footer>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script></body></html>`;
export const electronChangelog: TestPage = {
  html: elHtml,
  name: 'heldout226-inkwell-electron-changelog',
  kind: 'news',
  // the page's h1 is the title and its intro line body; each entry's h2 and its "New" / "Improved" / "Fixed" h3s are
  // headings, in page order; entry dates are bylines; version and platform chips, the image caption, the newsletter box
  // between entries, "Load older releases" and the mobile-changelog line are furniture
  title: elTitle,
  headings: [elE1, elH1, elH2, elH3, elE2, elH3, elE3],
  body: texts([...elIntro, ...elE1P, ...elNew1, ...elImp1, ...elFix1, ...elE2P, ...elFix2, ...elE3P]),
  bylines: [elE1Date, elE2Date, elE3Date],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    elBar, ...elNav.filter((n) => n !== 'Changelog' && n !== 'Sync'), 'RSS feed', ...elChips.filter((c) => c !== '5.2.4'), elCaption, ...elNews,
...elMore, ...elConsent,
    ...elFoot.filter((f) => f !== 'Changelog'),
  ],
};
