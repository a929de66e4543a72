import { links, type TestPage, texts } from './page-kit.js';
import { umbracoNews } from './pages-heldout197-c2.js';

/**
 * Held-out batch 197, file c: a Craft CMS blog post on a design studio's own Twig templates (SEOmatic head and JSON-LD,
 * a Tailwind header with a hidden mobile menu copy, the entry header with category, reading time, title, author and date,
 * Matrix blocks for text, a pull quote, an image with caption and a "Key takeaways" aside, the author card, share links,
 * "More from the journal" cards, a newsletter form with the CSRF token, the footer and a cookie notice) and, from file c2,
 * an Umbraco news article.
 */
const crTitle = 'Designing wayfinding for a hospital that keeps changing shape';
const crDek = 'Three years, four building phases and one rule: never put up a sign you cannot take down in an afternoon.';
const crP1 = [
  'When we were asked to redo the signage at St Aldhelm’s, the hospital was in the middle of a ten-year rebuild. Wards were moving ' +
    'every few months. The main entrance had changed twice in eighteen months. Patients were arriving for appointments at a door ' +
    'that had been bricked up the week before.',
  'The brief was not to design the final signage scheme. It was to design a system that could survive the building being taken ' + 'apart around it.',
];
const crH1 = 'Start with the journeys, not the rooms';
const crP2 = [
  'We spent the first month following people. Outpatients, visitors, porters, a delivery driver, a consultant who had worked there ' +
    'for twenty years and still used a shortcut through the kitchens. We mapped forty-two journeys and found that almost all of ' +
    'them were made up of the same nine decision points.',
  'That changed the job. Instead of signing four hundred rooms, we needed to get nine junctions right and make them easy to update.',
];
const crQuote = 'Nobody reads a sign in a hospital for pleasure. They read it because they are frightened and late.';
const crH2 = 'Modular panels and a paper trial';
const crP3 = [
  'Every sign in the system is built from the same aluminium rail with slide-in panels. A panel can be reprinted overnight and ' +
    'changed by the estates team without tools. Before anything was manufactured, we ran the whole scheme for three weeks in ' +
    'laminated paper, and moved eleven signs after watching where people hesitated.',
  'Colour does less work than people expect. About one in twelve men has some colour vision deficiency, and many patients are ' +
    'elderly. We kept colour for zones and relied on words, numbers and arrows for direction.',
];
const crAside = [
  'Map journeys before you map rooms.',
  'Test with paper before you test with metal.',
  'Give the estates team the power to change signs without calling you.',
];
const crH3 = 'What we would do differently';
const crP4 = [
  'We underestimated the digital side. The hospital’s appointment letters still gave directions from the old entrance for six ' +
    'months after it closed, and no sign can fix that. On the next project we will ask for the letter templates on day one.',
  'The rebuild finishes in 2027. By then most of the panels will have been changed at least once, which is exactly what they were ' + 'designed for.',
];
const crCaption = 'Slide-in panels at the junction outside the new outpatients wing. Photograph: Tomasz Wren';
const crNav = ['Work', 'Studio', 'Services', 'Journal', 'Contact'];
const crMore = ['A type family for a city library', 'How we run a discovery week', 'Signage that survives a flood'];
const crMoreCat = ['Identity', 'Process', 'Wayfinding'];
const crBio = 'Hana is a founding partner at Field Office and leads the studio’s wayfinding and environmental work.';
const crNews = ['Notes from the studio', 'One email a month with new work, essays and the odd job opening.', 'Email address', 'Subscribe'];
const crFoot = ['Field Office Studio Ltd', '14 Canal Wharf, Bristol', 'Instagram', 'LinkedIn', 'Privacy', 'Accessibility'];
const crCookie = 'We use a few cookies to understand how people use this site. Nothing is shared with advertisers.';
const crShare = ['Share', 'Copy link', 'LinkedIn', 'Email'];
const crP = (t: string): string => `<p>${t}</p>`;
const crText = (paras: string): string => `<div class="block block--text prose prose-lg max-w-prose mx-auto">${paras}</div>`;
const crHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/css/app.4f2a1c.css"><script type="module" src="/dist/js/app.8b3e0d.js"></script>
<title>${crTitle} | Journal | Field Office</title>
<meta name="description" content="${crDek}"><meta name="generator" content="SEOmatic"><meta name="referrer" content="no-referrer-when-downgrade">
<meta name="robots" content="all"><meta content="en_GB" property="og:locale"><meta content="Field Office" property="og:site_name">
<meta content="article" property="og:type"><meta content="${crTitle}" property="og:title">
<meta content="https://fieldoffice.example/uploads/_1200x630_crop_center-center_82_none/aldhelms-panels.jpg" property="og:image">
<link href="https://fieldoffice.example/journal/wayfinding-for-a-hospital" rel="canonical"><link href="https://fieldoffice.example/" rel="home">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","author":{"@id":"https://fieldoffice.example#identity"},
"copyrightHolder":{"@id":"https://fieldoffice.example#identity"},"creator":{"@id":"#creator"},"dateCreated":"2025-05-06T09:30:00+01:00",
"datePublished":"2025-05-06T09:30:00+01:00","headline":"${crTitle}","inLanguage":"en-gb",
"mainEntityOfPage":"https://fieldoffice.example/journal/wayfinding-for-a-hospital","name":"${crTitle}"},{"@id":"https://fieldoffice.example#identity",
"@type":"Organization","name":"Field Office"}]}</script></head>
<body class="bg-stone-50 text-stone-900 antialiased"><a class="sr-only focus:not-sr-only" href="#main">Skip to content</a>
<header class="site-header sticky top-0 z-40 bg-stone-50/90 backdrop-blur"
x-data="{ open: false }"><div class="container flex items-center justify-between py-5">
<a href="/" class="font-display text-xl tracking-tight">Field Office</a><nav class="hidden md:block" aria-label="Main">
<ul class="flex gap-8 text-sm">${crNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase()}" class="hover:underline${t === 'Journal' ? ' font-semibold' : ''}"
${t === 'Journal' ? 'aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<button class="md:hidden" @click="open = !open" aria-controls="mobile-nav" :aria-expanded="open"><span class="sr-only">Menu</span>
<svg class="h-6 w-6" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"></path></svg></button></div>
<nav id="mobile-nav" class="md:hidden" x-show="open" x-cloak style="display: none"><ul class="space-y-4 p-6 text-2xl">${links(crNav)}</ul></nav></header>
<main id="main"><article class="entry entry--journal"><header class="entry-header container max-w-4xl pt-16 pb-10">
<div class="flex gap-3 text-xs uppercase tracking-widest text-stone-500"><a href="/journal/category/wayfinding">Wayfinding</a><span aria-hidden="true">·</span>
<span>6 min read</span></div><h1 class="mt-4 font-display text-5xl leading-tight">${crTitle}</h1>
<p class="entry-dek mt-6 text-xl text-stone-600">${crDek}</p><div class="mt-8 flex items-center gap-3 text-sm">
<img class="h-10 w-10 rounded-full" src="/uploads/team/_80x80_crop_center-center_none/hana-wray.jpg" alt="">
<div><a href="/studio/hana-wray" class="font-semibold">Hana Wray</a><time class="block text-stone-500" datetime="2025-05-06">6 May 2025</time></div></div>
</header>
<figure class="block block--image container max-w-6xl"><img src="/uploads/_1600xAUTO_fit_center-center_80_none/aldhelms-panels.jpg"
srcset="/uploads/_800xAUTO_fit/aldhelms-panels.jpg 800w, /uploads/_1600xAUTO_fit/aldhelms-panels.jpg 1600w" sizes="100vw"
alt="Modular signs at a corridor junction"
width="1600" height="1000" loading="lazy"><figcaption class="mt-3 text-sm text-stone-500">${crCaption}</figcaption></figure>
<div class="entry-body py-12">
${crText(crP1.map(crP).join('\n'))}
${crText(`<h2>${crH1}</h2>\n${crP2.map(crP).join('\n')}`)}
<blockquote class="block block--quote container max-w-3xl my-16 font-display text-3xl"><p>${crQuote}</p>
<cite class="mt-4 block text-base not-italic text-stone-500">Hana Wray</cite></blockquote>
${crText(`<h2>${crH2}</h2>\n${crP3.map(crP).join('\n')}`)}
<aside class="block block--takeaways container max-w-prose mx-auto rounded-lg bg-amber-100 p-6"><h3 class="text-sm uppercase tracking-widest">Key takeaways</h3>
<ul class="mt-3 list-disc pl-5">${crAside.map((t) => `<li>${t}</li>`).join('\n')}</ul></aside>
${crText(`<h2>${crH3}</h2>\n${crP4.map(crP).join('\n')}`)}
</div>
<footer class="entry-footer container max-w-prose mx-auto border-t pt-8"><div class="share flex gap-4 text-sm" aria-label="Share this article">
<span>${crShare[0]}</span><button type="button" data-copy-url>${crShare[1]}</button>
<a href="https://www.linkedin.example/shareArticle?url=https%3A%2F%2Ffieldoffice.example%2Fjournal%2Fwayfinding-for-a-hospital">${crShare[2]}</a>
<a href="mailto:?subject=${encodeURIComponent(crTitle)}">${crShare[3]}</a></div>
<div class="author-card mt-10 flex gap-4"><img class="h-16 w-16 rounded-full" src="/uploads/team/_128x128/hana-wray.jpg" alt="">
<div><p class="font-semibold">Written by Hana Wray</p><p class="text-sm text-stone-600">${crBio}</p></div></div></footer></article>
<section class="related container py-16" aria-labelledby="related-heading"><h2 id="related-heading" class="text-2xl">More from the journal</h2>
<ul class="mt-8 grid gap-8 md:grid-cols-3">${crMore
  .map(
    (t, i) => `<li><a href="/journal/${i}" class="group block">
<img src="/uploads/_600x400_crop/related-${i}.jpg" alt="" loading="lazy"><span class="mt-3 block text-xs uppercase tracking-widest">${crMoreCat[i]}</span>
<h3 class="mt-1 text-lg group-hover:underline">${t}</h3></a></li>`,
  )
  .join('\n')}</ul></section>
<section class="newsletter bg-stone-900 text-stone-50"><div class="container max-w-2xl py-16"><h2 class="text-3xl">${crNews[0]}</h2><p>${crNews[1]}</p>
<form method="post" accept-charset="UTF-8" class="mt-6 flex gap-2"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="Xb4n2Qm8lT0c">
<input type="hidden" name="action" value="campaign/forms/subscribe"><input type="hidden" name="mailingList" value="c0ffee12">
<label for="nl-email" class="sr-only">${crNews[2]}</label><input id="nl-email" type="email" name="email" required placeholder="you@example.com">
<button type="submit" class="btn">${crNews[3]}</button></form></div></section></main>
<footer class="site-footer container py-10 text-sm"><div class="grid gap-6 md:grid-cols-3"><p>${crFoot[0]}<br>${crFoot[1]}</p>
<ul>${links(crFoot.slice(2, 4))}</ul><ul>${links(crFoot.slice(4))}</ul></div><p class="mt-6 text-stone-500">© 2025 Field Office</p></footer>
<div id="cookie-notice" class="fixed bottom-4 left-4 max-w-sm rounded bg-white p-4 shadow" x-data="cookieNotice" x-show="visible"><p>${crCookie}</p>
<button class="btn btn--small" @click="accept()">OK</button> <button class="link" @click="decline()">No thanks</button></div>
<script>window.csrfTokenName = "CRAFT_CSRF_TOKEN";</script></body></html>`;
const craft: TestPage = {
  html: crHtml,
  name: 'heldout197-craft-cms-blog',
  kind: 'blog',
  // the dek, the pull quote and the "Key takeaways" list are part of the post (body; the quote's cite line is in neither list,
  // the aside's label is furniture); category and reading time, caption, share row, author card, related cards, newsletter,
  // footer and cookie notice are furniture; the author name, date and "Written by" are bylines
  title: crTitle,
  headings: [crH1, crH2, crH3],
  body: texts([crDek, ...crP1, ...crP2, crQuote, ...crP3, ...crAside, ...crP4]),
  bylines: ['Hana Wray', '6 May 2025', '6 min read', 'Written by Hana Wray'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Field Office', ...crNav, 'Menu', 'Wayfinding', crCaption, 'Key takeaways', ...crShare, crBio, 'More from the journal',
    ...crMore, 'Identity', 'Process', ...crNews, ...crFoot, '© 2025 Field Office', crCookie, 'OK', 'No thanks',
  ],
};

export const HELDOUT197_C: readonly TestPage[] = [craft, umbracoNews];
