import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout692-kit.js';

/**
 * Held-out batch 692, file d: a funeral director's blog post on HubSpot CMS (blog post template with author card, tags,
 * subscribe form and related posts), and a memorial inscription guide on a Next.js funeral marketplace site.
 */
const uTitle = "How to Write a Eulogy When You Don't Know Where to Start";
const uParas: [string, string[]][] = [
  [
    '',
    [
      j(
        'Being asked to speak at a funeral is an honour, and for most people a frightening one. You may be grieving, short of time and',
        'unsure what anyone expects. The good news is that a eulogy does not need to be long or clever. It needs to sound like the person.',
      ),
    ],
  ],
  [
    'Gather stories, not facts',
    [
      j(
        'Ring two or three people who knew them in different parts of their life: a sister, an old workmate, a neighbour. Ask each one',
        'for a single story. A dates-and-places account of a life is easy to find in the order of service; a story is what people remember.',
      ),
    ],
  ],
  [
    'Keep it to five minutes',
    [
      j(
        'Five minutes is roughly 650 spoken words. Crematorium services are often booked in slots of forty minutes, so the celebrant',
        'will be grateful if you time yourself out loud at home.',
      ),
    ],
  ],
  [
    'Write it to be heard',
    [
      j(
        'Short sentences are easier to say when your voice is unsteady. Print it in a large font, double spaced, and mark where you',
        'want to pause. If you think you may not manage on the day, give a copy to the celebrant, who can step in and read it for you.',
      ),
      'It is fine to cry. Nobody in the room will mind.',
    ],
  ],
];
const uTags = ['Planning a funeral', 'Grief'];
const uRel = ['Choosing music for a crematorium service', 'What does a celebrant do?', 'Readings for a humanist funeral'];
const uHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to Write a Eulogy When You Don't Know Where to Start</title>
<meta name="description" content="Practical help for writing and delivering a eulogy."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brackenfunerals.com/blog/how-to-write-a-eulogy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How to Write a Eulogy","author":{"@type":"Person",
"name":"Imogen Rusk"},"datePublished":"2026-02-09"}</script>
<link rel="stylesheet" href="https://www.brackenfunerals.com/hubfs/hub_generated/template_assets/1/10742/1707/template_main.min.css"><meta name="generator"
content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-10742 hs-blog-post hs-blog-id-9981"><div data-global-resource-path="bracken-theme/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper"><div
class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.brackenfunerals.com/hubfs/bracken-logo.svg" class="hs-image-widget" alt="Bracken Funeral Directors"></a></span></div></div>
<div class="header__menu header__menu--desktop"><div id="hs_cos_wrapper_navigation-primary"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list">
<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/funerals">Funerals</a></li>
<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/funeral-plans">Funeral plans</a></li>
<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link menu__link--active-branch" href="/blog">Advice</a></li>
<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/contact">Contact</a></li></ul></nav></div></div></div>
</header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${uTitle.replace(/'/g, '&#39;')}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/imogen-rusk">Imogen Rusk</a><time datetime="2026-02-09 10:30:00"
class="blog-post__timestamp">February 9, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${uParas.map(([h, ps_]) => `${h === '' ? '' : `<h2>${h}</h2>\n`}${ps(ps_)}`).join('\n<!--more-->\n')}
</span></div>
<div class="blog-post__tags"><svg aria-hidden="true" class="blog-post__tags-icon"></svg>${uTags
  .map(
    (t) => `<a class="blog-post__tag-link"
href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`,
  )
  .join(', ')}</div></article>
<div class="blog-post__author"><div class="blog-post__author-info"><h3 class="blog-post__author-name">Imogen Rusk</h3>
<p class="blog-post__author-bio">Imogen is a funeral arranger at our Thornby branch and a trained celebrant.</p></div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${uRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__title-link"
href="/blog/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><h3>${t}</h3></a></article>`,
  )
  .join('\n')}
</div></section>
<div class="blog-post__subscribe"><h3>Subscribe to our advice articles</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form id="hsForm_7b21" class="hs-form stacked hs-custom-form"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7b21">
<span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7b21" name="email" required type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Bracken Funeral Directors · 22 Quarry Road, Thornby TH3 8QA · 01632 960 955</p>
<p>© 2026 Bracken Funeral Directors Ltd</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-cookie-disclaimer">This website stores cookies on your computer.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.51/js/main.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/9981.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout692-eulogy-hubspot',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uParas.map(([h]) => h).filter((h) => h !== ''),
  body: texts(uParas.flatMap(([, p]) => p)),
  bylines: ['Imogen Rusk', 'February 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Funerals', 'Funeral plans', 'Advice', 'Contact',
    ...uTags, 'Imogen is a funeral arranger at our Thornby branch and a trained celebrant.',
    'Related posts', ...uRel, 'Subscribe to our advice articles', 'Email', 'Bracken Funeral Directors · 22 Quarry Road, Thornby TH3 8QA · 01632 960 955',
    '© 2026 Bracken Funeral Directors Ltd', 'This website stores cookies on your computer.', 'Accept', 'Decline',
  ],
};

const nTitle = 'Headstone inscription ideas and what cemeteries allow';
const nSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'The words on a headstone will be read for a hundred years or more, so it is worth taking time over them. Below are some',
        'starting points, and the rules you are most likely to meet.',
      ),
    ],
  ],
  [
    'Opening lines',
    [
      '"In loving memory of" remains the most popular opening in Britain, followed by "Treasured memories of" and "Forever in our hearts".',
      'Some families leave out an opening line altogether and begin with the name, which suits a modern, minimal stone.',
    ],
  ],
  [
    'Words that describe a life',
    [
      j(
        'A short phrase about the person often means more than a verse: "Gardener, grandad, storyteller", or "She loved the sea".',
        'Nicknames are usually allowed if they are in quotation marks after the full name.',
      ),
    ],
  ],
  [
    'What cemeteries may refuse',
    [
      j(
        'Most burial authorities must approve every inscription. They commonly refuse slang, football club badges without permission,',
        'photographs on porcelain in some churchyards, and anything they consider likely to cause offence. Your memorial mason will',
        'submit the wording on your behalf and tell you if changes are asked for.',
      ),
    ],
  ],
];
const nNav = ['Find a funeral director', 'Compare prices', 'Memorials', 'Guides'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" as="font" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/7e1a9c4b2d3f5e60.css" data-precedence="next"/><title>Headstone inscription ideas | Restwell Guides</title>
<meta name="description" content="Ideas for headstone wording, and the rules cemeteries apply."/><link rel="canonical"
href="https://www.restwell.co.uk/guides/headstone-inscription-ideas"/>
<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Headstone inscription ideas and what cemeteries allow",
"author":{"@type":"Person","name":"Rhys Caddel"}}</script></head>
<body class="__className_d65c78"><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="text-xl font-semibold tracking-tight" href="/">restwell</a><nav class="hidden gap-6 md:flex">${nNav
  .map(
    (t) => `<a
class="text-sm text-stone-700 hover:text-stone-900" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" aria-hidden="true"></svg></button></div></header>
<main id="main" class="mx-auto max-w-6xl px-4 pb-16"><nav aria-label="Breadcrumb" class="py-4 text-sm text-stone-500"><ol class="flex gap-2">
<li><a href="/guides">Guides</a></li><li aria-hidden="true">/</li><li><a href="/guides/memorials">Memorials</a></li></ol></nav>
<div class="grid gap-12 lg:grid-cols-[1fr_300px]"><article class="prose prose-stone max-w-none"><h1 class="font-serif text-4xl">${nTitle}</h1>
<div class="not-prose mt-4 flex items-center gap-3 text-sm text-stone-600"><img alt="" loading="lazy" width="32" height="32" class="rounded-full"
src="/_next/image?url=%2Fauthors%2Frc.jpg&amp;w=64&amp;q=75"/>
<span>Written by <!-- -->Rhys Caddel</span><span aria-hidden="true">·</span><span>Reviewed <!-- -->3 April 2026</span><span aria-hidden="true">·</span>
<span>4<!-- --> min read</span></div>
${nSecs.map(([h, p]) => `${h === '' ? '' : `<h2>${h}</h2>`}${ps(p)}`).join('\n')}
<div class="not-prose my-8 rounded-lg bg-amber-50 p-6"><p class="font-semibold">Get quotes from local memorial masons</p>
<p class="text-sm">Compare up to three quotes for free, with no obligation.</p><a class="mt-3 inline-block rounded bg-stone-900 px-4 py-2 text-white"
href="/memorials/quote">Get quotes</a></div></article>
<aside class="space-y-6"><div class="rounded-lg border p-5"><h2 class="text-lg font-semibold">In this guide</h2><ul class="mt-2 space-y-1 text-sm">
${nSecs
  .slice(1)
  .map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`)
  .join('')}</ul></div>
<div class="rounded-lg border p-5"><h2 class="text-lg font-semibold">More memorial guides</h2><ul class="mt-2 space-y-2 text-sm">
<li><a href="/guides/headstone-costs">How much does a headstone cost?</a></li><li><a
href="/guides/when-can-a-headstone-be-fixed">When can a headstone be fixed?</a></li></ul></div></aside></div></main>
<footer class="border-t bg-stone-50"><div class="mx-auto max-w-6xl px-4 py-10 text-sm text-stone-600">
<p>Restwell is an independent comparison service. We may receive a fee from providers listed.</p>
<p>© 2026 Restwell Ltd</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"headstone-inscription-ideas"}},"page":"/guides/[slug]",
"buildId":"x9WqA3kLm2"}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout692-inscription-ideas-nextjs',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts(nSecs.flatMap(([, p]) => p)),
  bylines: ['Written by Rhys Caddel', 'Reviewed 3 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'restwell', ...nNav, '4 min read', 'Get quotes from local memorial masons',
    'Compare up to three quotes for free, with no obligation.',
    'Get quotes', 'In this guide', 'More memorial guides', 'How much does a headstone cost?', 'When can a headstone be fixed?',
    'Restwell is an independent comparison service. We may receive a fee from providers listed.', '© 2026 Restwell Ltd',
  ],
};

export const HELDOUT692_D: readonly TestPage[] = [hubspot, nextjs];
