import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 203, file f2: a Wallpaper* design story on Future plc's template (the header with its section menu and the
 * hidden "Sign up to our newsletter" drawer, breadcrumb, h1 and strapline, the author byline with "published" date, the hero
 * image with "(Image credit: ...)" credits, image captions inside the body, the newsletter form inside #article-body with
 * its consent texts, the "INFORMATION" line with the studio's site, "TOPICS", the author bio, the "Latest" rail, and
 * the Future plc footer).
 */
const title = 'A Glass Workshop in the Dolomites Blows Lamps From Melted Mountain Snow';
const strap = 'Studio Fiamma Alta’s new collection of hand-blown lights takes its colour from glacial meltwater and local minerals.';
const p1 = [
  'High above the village of Sella Bassa, in a former hay barn reached by a single-track road, Giulia Rainer and Matteo ' +
    'Obexer run what may be the most remote glass studio in Italy. Every winter they collect snow from the slopes behind ' +
    'the workshop, melt it, and use the water to cool the tools and moulds that shape their glass.',
  'It is partly practical, partly poetic. ‘The water here is so pure that it leaves no marks,’ says Rainer. ‘But we also ' +
    'like the idea that each piece carries a little of the mountain.’',
];
const h1 = 'Colour from the valley';
const p2 = [
  'Their new collection, Neve, comprises seven pendant and table lamps in pale, cloudy tones. The colours come from minerals ' +
    'gathered in the valley: iron-rich sand for a soft amber, crushed dolomite for a milky white, and a trace of copper ' +
    'from an abandoned mine for a faint green.',
  'Each shade is blown by hand into beech-wood moulds carved by Obexer’s father, a retired furniture maker. Because the ' +
    'moulds char a little with every use, no two lamps are quite the same, and the moulds themselves last only a season.',
];
const h2 = 'Slow production, by design';
const p3 = [
  'The studio makes around 300 pieces a year and has no plans to grow. Orders are taken in spring and delivered the following ' +
    'winter, once the snow has returned.',
  'The pair see the timetable as a feature rather than a flaw. ‘People are used to getting things in two days,’ says Obexer. ' +
    '‘We would like them to wait for something, and to know why.’',
  'Neve will be shown for the first time at a small exhibition in the barn itself next February, when visitors can watch ' +
    'the shades being blown and cooled. Places are limited to twelve people a day, and the pair say the road will be ' +
    'ploughed, mostly.',
];
const nav = ['Architecture', 'Design', 'Interiors', 'Art', 'Fashion', 'Travel', 'Watches & Jewellery', 'Technology', 'Entertaining'];
const drawer = ['Sign up to our newsletter', 'Subscribe'];
const hero = { c: 'Neve pendant lamps in amber and milk white.', cr: '(Image credit: Lukas Pichler)' };
const cap2 = { c: 'Matteo Obexer shaping a shade in a beech-wood mould.', cr: '(Image credit: Lukas Pichler)' };
const news = [
  'Receive our daily digest of inspiration, escapism and design stories from around the world direct to your inbox.',
  'Your Email Address',
  'Contact me with news and offers from other Future brands',
  'Receive email from us on behalf of our trusted partners or sponsors',
  'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.',
  'Sign up',
];
const info = ['INFORMATION', 'fiammaalta.example'];
const topics = ['TOPICS', 'Lighting', 'Glass', 'Italy'];
const bio = 'Elsa Lindqvist is Wallpaper*’s design editor, covering furniture, lighting and the makers behind them.';
const latest = ['Latest', 'Inside the new Serpentine Pavilion, a timber lantern in Kensington Gardens', 'Ten chairs to know from Milan Design Week'];
const foot = ['Contact Future’s experts', 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Accessibility Statement', 'Advertise with us'];
const future = 'Wallpaper* is part of Future plc, an international media group and leading digital publisher. Visit our corporate site.';
const legal = '© Future Publishing Limited Quay House, The Ambury, Bath BA1 1UA. All rights reserved. England and Wales company registration number 2008885.';
const fig = (x: { c: string; cr: string }, i: number): string => `<figure class="van-image-figure inline-layout" data-bordeaux-image-check>
<div class="image-full-width-wrapper"><img alt="" src="https://cdn.mos.cms.futurecdn.net/neve-${i}.jpg"></div>
<figcaption itemprop="caption description" class=" inline-layout"><span class="caption-text">${x.c} </span>
<span class="credit" itemprop="copyrightHolder">${x.cr}</span></figcaption></figure>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${title} | Wallpaper*</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${strap}">
<meta property="og:site_name" content="Wallpaper*"><meta name="parsely-section" content="design">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}",
"author":[{"@type":"Person","name":"Elsa Lindqvist"}],"datePublished":"2025-11-12T07:00:00Z","publisher":{"@type":"Organization","name":"Wallpaper*"}}</script>
<script>window.ffte = {"articleType":"news","vertical":"design"};</script></head>
<body class="body--news"><div id="main-content"><header class="header"><div class="header__logo"><a href="/" aria-label="Wallpaper*"></a></div>
<nav class="navigation"><ul class="menu">${links(nav, 'menu-item')}</ul></nav>
<div class="newsletter-drawer" hidden><ul>${links(drawer, 'drawer-item')}</ul></div></header>
<div class="news-article" data-id="JkQ2bbpzHdmsGc8mbQWhM"><nav class="breadcrumb"><ol><li><a href="/design">Design</a></li></ol></nav>
<header><h1>${title}</h1><p class="strapline">${strap}</p>
<div class="author-byline"><span class="by-author">By <a href="/author/elsa-lindqvist"><span class="author-byline__author-name">Elsa Lindqvist</span></a>
</span><span class="author-byline__date"> published <time datetime="2025-11-12T07:00:00Z">12 November 2025</time></span></div></header>
<section class="content-wrapper"><div class="hero-image-wrapper">${fig(hero, 0)}</div>
<div id="article-body" class="text-copy bodyCopy auto">
${ps(p1)}
<h2 id="section-colour-from-the-valley">${h1}</h2>
${ps(p2)}
${fig(cap2, 1)}
<div class="newsletter-form__wrapper" data-newsletter-widget><p class="newsletter-form__strapline">${news[0]}</p>
<form><label for="nl-email" class="hidden">${news[1]}</label><input id="nl-email" type="email" placeholder="Your Email Address">
<label><input type="checkbox">${news[2]}</label><label><input type="checkbox">${news[3]}</label><p class="newsletter-form__legal">${news[4]}</p>
<button type="submit">${news[5]}</button></form></div>
<h2 id="section-slow-production-by-design">${h2}</h2>
${ps(p3)}
<p><strong>${info[0]}</strong></p><p><a href="https://fiammaalta.example">${info[1]}</a></p>
</div>
<div class="tags-wrapper"><p class="tag-label">${topics[0]}</p><ul>${links(topics.slice(1), 'tag')}</ul></div>
<div class="author-bio"><p>${bio}</p></div></section></div>
<aside class="sidebar"><h3 class="sidebar-title">${latest[0]}</h3><ul>${links(latest.slice(1), 'latest-item')}</ul></aside></div>
<footer class="footer"><p class="footer__intro">${future}</p><ul>${links(foot, 'footer-link')}</ul><p class="footer__legal">${legal}</p></footer>
<script src="https://vanilla.futurecdn.net/wallpaper/static/js/main.js" defer></script></body></html>`;

export const wallpaperPage: TestPage = {
  name: 'heldout203-wallpaper-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([strap, ...p1, ...p2, ...p3]),
  bylines: ['By Elsa Lindqvist', 'published 12 November 2025'],
  // the closing "INFORMATION" line and the studio's site link are furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, ...drawer, hero.c, hero.cr, cap2.c, ...news, ...info, ...topics, bio, ...latest, future, ...foot, legal,
  ],
};
