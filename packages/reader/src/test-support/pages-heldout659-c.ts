import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout659-kit.js';

/**
 * Held-out batch 659, file c: a funeral celebrant's post on Ghost (Casper theme) with a members sign-up box and "read more"
 * cards, and an online will service's "How it works" page on Webflow.
 */
const gTitle = 'Writing a eulogy when you do not know where to start';
const gDek = 'Five questions I ask every family, and how to turn the answers into five minutes of speaking.';
const gSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Most people who ask me for help with a eulogy have never written one before, and they are writing it in the worst week',
        'of their lives. The good news is that you do not need to be a writer. You need a handful of true stories.',
      ),
    ],
  ],
  [
    'Start with questions, not sentences',
    [
      'Sit down with one or two people who knew them well and answer these out loud before you write anything:',
      'What would they be doing on a perfect Saturday?',
      'What did they say so often that everyone could imitate it?',
      'Who did they look after?',
      'What did they get wrong, and laugh about later?',
      'What do you want the grandchildren to remember?',
    ],
  ],
  [
    'Pick three stories',
    [
      j(
        'From everything you have noted, choose three short stories: one from early life, one from the middle and one from the',
        'last few years. Three is enough for a five-minute tribute and gives the room a shape to follow.',
      ),
      j(
        'Write each story as you would tell it at the kitchen table. Read it aloud and cut any sentence you stumble on. Written',
        'English and spoken English are different things.',
      ),
    ],
  ],
  [
    'On the day',
    [
      j(
        'Print it in a large font, double spaced, with page numbers. Give a copy to the celebrant so that someone can step in',
        'if you find you cannot go on. Nobody will think less of you, and it happens more often than you would guess.',
      ),
    ],
  ],
];
const gQs = (gSecs[1]?.[1] ?? []).slice(1);
const gSecHtml = ([h, paras]: [string, string[]], i: number): string =>
  i === 1
    ? `<h2 id="start-with-questions-not-sentences">${h}</h2>\n${ps(paras.slice(0, 1))}\n<ol>${lis(gQs)}</ol>`
    : `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/\W+/g, '-')}">${h}</h2>\n`}${ps(paras)}`;
const gMore = ['Choosing music for a humanist funeral', 'What a celebrant does in the week before a funeral', 'Readings that are not poems'];
const gNav = ['Home', 'Funerals', 'Memorials', 'About Ffion', 'Journal'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a3b1f47c2d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.ffionlloydcelebrant.co.uk/writing-a-eulogy/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-21T10:03:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ffion Lloyd Celebrant"},
"author":{"@type":"Person","name":"Ffion Lloyd"},"headline":"${gTitle}","datePublished":"2025-01-21T10:03:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://journal.ffionlloydcelebrant.co.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://journal.ffionlloydcelebrant.co.uk">Ffion Lloyd · Celebrant</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/\W+/g, '-')}"><a href="/">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-funerals tag-writing">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/funerals/">Funerals</a>
</span>
<span class="post-card-featured">Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ffion/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/09/ffion.jpg" alt="Ffion Lloyd"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ffion/">Ffion Lloyd</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-01-21">Jan 21, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/01/notebook.jpg 300w" src="/content/images/size/w2000/2025/01/notebook.jpg"
alt="An open notebook beside a cup of tea"><figcaption><span style="white-space: pre-wrap;">Photo by Tomos Rhys</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${gSecs.map(gSecHtml).join('\n')}
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #6b7f5e"><h2>Get new posts by email</h2>
<p>One letter a month about ceremonies, grief and remembering well.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup"
style="color:#6b7f5e">Subscribe now</a></div></aside></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h3 class="post-card-title">${t}</h3></header></a>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Ffion Lloyd · Celebrant</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a3b1f47c2d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout659-ghost-eulogy-post',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h).filter((h) => h !== ''),
  body: [gDek, ...gSecs.flatMap(([, p]) => p)],
  bylines: ['Ffion Lloyd', 'Jan 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ffion Lloyd · Celebrant', ...gNav, 'Sign in', 'Subscribe', 'Featured', '• 3 min read', 'Photo by Tomos Rhys', 'Get new posts by email',
    'One letter a month about ceremonies, grief and remembering well.', 'Subscribe now', 'Sign up for more like this.', 'Enter your email', 'Read more',
    ...gMore, '© 2025', 'Sign up', 'Powered by Ghost',
  ],
};

const wTitle = 'How writing your will with Quillstone works';
const wLead = 'Answer a few questions online, have a qualified will writer check every word, then sign at home.';
const wSteps: [string, string][] = [
  ['Tell us about you', 'Our questions take about 20 minutes. You can save and come back at any time, and nothing is sent until you are ready.'],
  ['We check it', 'A will writer from our Leeds team reads your answers within two working days and calls you if anything is unclear or risky.'],
  ['Sign and witness', 'We post your will with a step-by-step signing guide. You sign in front of two witnesses who are not family or beneficiaries.'],
];
const wRichH = 'What your will can cover';
const wRich = [
  'Who receives your money, property and belongings',
  'Guardians for children under 18',
  'Gifts to charities, with the registered charity number filled in for you',
  'Funeral wishes, including whether you would like a religious ceremony',
];
const wRichP = j(
  'If your situation is more complicated, for example you own a business, have property abroad or want to set up a trust for',
  'a disabled relative, we will tell you before you pay and refer you to a solicitor.',
);
const wNav = ['Pricing', 'How it works', 'Guides', 'Log in'];
const wFoot = ['About', 'Careers', 'Press', 'Privacy', 'Terms', 'Cookie settings'];
const wHtml = `<!DOCTYPE html><!-- Last Published: Tue Apr 08 2025 14:22:31 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.quillstone.co.uk"
data-wf-page="65a1c0f2e9b3d41a7c2f8d10" data-wf-site="65a1c0f2e9b3d41a7c2f8c77" lang="en"><head><meta charset="utf-8"><title>How it works | Quillstone</title>
<meta content="Write your will online and have it checked by a qualified will writer." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65a1c0f2e9b3d41a7c2f8c77/css/quillstone.webflow.8c1e2d.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext h2{margin-top:2rem}</style></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div class="nav-container">
<a href="/" aria-current="page" class="nav-logo w-nav-brand w--current">
<img src="https://assets-global.website-files.com/65a1/logo.svg" loading="lazy" alt="Quillstone"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/start" class="button is-small w-button">Start your will</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div><main class="main-wrapper"><section class="section_header"><div class="padding-global"><div class="container-medium"><div class="header_content">
<div class="text-size-small text-weight-semibold text-color-green">HOW IT WORKS</div><h1 class="heading-style-h1">${wTitle}</h1>
<p class="text-size-medium">${wLead}</p></div></div></div></section>
<section class="section_steps"><div class="padding-global"><div class="container-large"><div class="w-layout-grid steps_grid">${wSteps
  .map(
    ([h, p], i) => `<div id="w-node-_${i}a7c-2f8d10" class="steps_item"><div class="steps_number">${i + 1}</div><h3 class="heading-style-h4">${h}</h3>
<p>${p}</p></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section_content"><div class="padding-global"><div class="container-small"><div class="text-rich-text w-richtext"><h2>${wRichH}</h2>
<ul role="list">${lis(wRich)}</ul><p>${wRichP}</p></div></div></div></section>
<section class="section_testimonials"><div data-delay="4000" data-animation="slide" class="testimonial_slider w-slider" data-autoplay="false"
role="region" aria-label="carousel"><div class="w-slider-mask"><div class="w-slide"><p class="testimonial_text">“Done over two evenings. The call from Priya
picked up something I had missed completely.”</p><div class="testimonial_name">Owen, Harrogate</div></div></div>
<div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-nav w-round"></div></div></section>
<section class="section_cta"><h2 class="heading-style-h2">Ready when you are</h2><a href="/start" class="button w-button">Start your will</a></section></main>
<footer class="footer"><div class="footer_links">${wFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer_link">${t}</a>`).join('')}</div>
<div class="footer_legal">Quillstone Wills Ltd is registered in England and Wales (14455120). We are not a law firm.</div>
<div class="footer_credit">© 2025 Quillstone Wills Ltd</div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1c0f2e9b3d41a7c2f8c77" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1c0f2e9b3d41a7c2f8c77/js/webflow.4a1c2e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout659-webflow-how-it-works',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wSteps.map(([h]) => h), wRichH],
  body: texts([wLead, ...wSteps.map(([, p]) => p), ...wRich, wRichP]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pricing', 'Guides', 'Log in', 'Start your will', 'How it works',
    '“Done over two evenings. The call from Priya picked up something I had missed completely.”', 'Owen, Harrogate', 'Ready when you are',
    ...wFoot, 'Quillstone Wills Ltd is registered in England and Wales (14455120). We are not a law firm.', '© 2025 Quillstone Wills Ltd',
  ],
};

export const HELDOUT659_C: readonly TestPage[] = [ghost, webflow];
