import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file c3: a Prusa Knowledge Base article (help.prusa3d.com, Nuxt app) on layer shifting. */
const title = 'Layer shifting';
const intro = [
  'Layer shifting happens when part of a print is suddenly offset along the X or Y axis, so that the upper layers no longer sit ' +
    'on top of the lower ones. It usually appears as a sharp step across the whole print at one height. The cause is almost ' +
    'always mechanical: the motor lost steps because something stopped the print head or the bed from moving freely.',
] as const;
const h1 = 'Check the belts';
const p1 = [
  'A loose belt is the most common reason for a layer shift. Open the Settings menu on the printer and run the Belt Tuning ' +
    'wizard, which measures the tension of both belts and tells you whether to tighten or loosen them.',
  'If your printer model does not have the wizard, press the belt gently in the middle of its length. It should feel firm and ' +
    'spring back, with a few millimetres of travel. A belt that flaps or sags needs tightening.',
] as const;
const h2 = 'Check the pulleys';
const p2 = [
  'Each motor shaft has a toothed pulley held by two grub screws. If one of the screws has worked loose, the pulley can slip on the ' +
    'shaft under load. Move the print head to the side so you can reach the X motor, and tighten both grub screws firmly with the ' +
    '1.5 mm Allen key. Repeat for the Y motor under the bed.',
] as const;
const warn = 'Always switch the printer off and unplug it before working near the motors or the electronics.';
const h3 = 'Look for collisions with the print';
const p3 = [
  'If the nozzle catches on a curled-up edge or a loose piece of the print, it can push the print head sideways hard enough to skip ' +
    'a step. Look closely at the print just below the shift. Curled corners and blobs are a sign that the cause lies here rather than ' +
    'in the mechanics.',
] as const;
const causes = [
  'Warping at the corners: improve bed adhesion and clean the sheet with isopropyl alcohol.',
  'Overhangs curling up: increase part cooling or add supports.',
  'Blobs and zits: check for wet filament and dry it if needed.',
] as const;
const h4 = 'Reduce speed and acceleration';
const p4 = [
  'Very high acceleration values in a custom profile can demand more torque than the motors can supply. Switch back to one of the ' +
    'default print profiles in PrusaSlicer and print the model again. If the shift disappears, reduce the acceleration in your ' +
    'custom profile step by step until you find a value that works reliably.',
  'Crash detection, available on printers with sensorless homing, can also help. When it is enabled in the settings, the printer ' +
    're-homes after a collision and continues printing at the correct position, so small bumps no longer ruin the print.',
] as const;
const nav = ['Printers', 'Filament', 'Software', 'Eshop', 'Community', 'Help'] as const;
const crumbs = ['Knowledge Base', 'Print quality troubleshooting', 'Layer shifting'] as const;
const relevant = ['Relevant for:', 'Original Prusa MK4S', 'Original Prusa MINI+', 'Prusa CORE One', 'Original Prusa XL'] as const;
const meta = ['Last updated 4 months ago', '3 min read'] as const;
const toc = ['Table of contents'] as const;
const cap = 'A print with a layer shift along the X axis at about half its height.';
const helpful = ['Was this article helpful?', 'Yes', 'No', 'This action is available only to registered users.', 'Log in'] as const;
const related = ['Related articles', 'Belt tension (MK4/MK3.9/MK4S)', 'Crash detection', 'Warping', 'Nozzle crashing into the print'] as const;
const questions = [
  'Still have questions?',
  'If you have a question about something that isn’t covered here, check out our additional resources.',
  'And if that doesn’t do the trick, you can send an inquiry to our support team through the button below.',
  'Contact us',
] as const;
const comments = ['Comments', 'Still not sure? Ask the community.', 'Log in to be able to post'] as const;
const foot = ['About us', 'Careers', 'Contact', 'Shipping', 'Terms and conditions', 'Privacy policy', 'Cookies settings'] as const;
const cookie = 'We use cookies to improve your experience on our website. You can change your cookie settings at any time.';
const html = `<!doctype html>
<html data-n-head-ssr lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head><meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><title>Layer shifting | Prusa Knowledge Base</title>
<meta data-n-head="ssr" data-hid="description" name="description"
content="Layer shifting happens when part of a print is suddenly offset along the X or Y axis.">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Layer shifting | Prusa Knowledge Base">
<link data-n-head="ssr" rel="canonical" href="https://help.prusa3d.com/article/layer-shifting_1802">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"Layer shifting",
"dateModified":"2025-11-12T08:40:00Z","publisher":{"@type":"Organization","name":"Prusa Research"}}</script>
<link rel="preload" href="/_nuxt/app.4f1c2b.js" as="script"><link rel="stylesheet" href="/_nuxt/css/app.8a21e9.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="page-wrapper">
<header class="header"><div class="header__top container"><a href="https://www.prusa3d.com/" class="header__logo"><span class="sr-only">Prusa Research</span>
<svg class="logo" viewBox="0 0 150 30"></svg></a><nav class="header__menu" aria-label="Main menu"><ul class="menu">${links(nav, 'menu__item')}</ul></nav>
<div class="header__actions"><button class="search-toggle" aria-label="Search"><span class="sr-only">Search</span></button>
<a href="https://account.prusa3d.com/login" class="header__login">Log in</a><div class="lang-switch"><button
class="lang-switch__current">EN</button></div></div></div>
<div class="kb-search container"><form class="kb-search__form"><input type="search" class="kb-search__input" placeholder="Search in Knowledge Base">
<button type="submit" class="btn btn--orange">Search</button></form></div></header>
<main class="main kb-article"><div class="container"><nav class="breadcrumbs" aria-label="breadcrumb"><ol class="breadcrumbs__list">
${crumbs.map((c, i) => `<li class="breadcrumbs__item"><a href="/${i}" class="breadcrumbs__link">${c}</a></li>`).join('\n')}</ol></nav>
<div class="row"><aside class="col-lg-3 kb-article__sidebar"><div class="toc sticky"><h4 class="toc__title">${toc[0]}</h4><ul class="toc__list">
${[h1, h2, h3, h4].map((h, i) => `<li class="toc__item"><a href="#_${i}" class="toc__link">${h}</a></li>`).join('\n')}</ul></div></aside>
<article class="col-lg-9 kb-article__content"><div class="article-header"><h1 class="article-header__title">${title}</h1>
<div class="article-header__meta"><span class="article-header__updated">${meta[0]}</span><span class="article-header__reading">${meta[1]}</span></div>
<div class="relevant-for"><span class="relevant-for__label">${relevant[0]}</span><ul class="relevant-for__list">
${relevant
  .slice(1)
  .map((r) => `<li class="relevant-for__item"><a href="#" class="badge badge--printer">${r}</a></li>`)
  .join('')}</ul></div></div>
<div class="article-body ck-content">
${ps(intro)}
<figure class="image"><img src="https://cdn.help.prusa3d.com/wp-content/uploads/2025/11/layer-shift.jpg" alt="Layer shift" loading="lazy">
<figcaption>${cap}</figcaption></figure>
<h2 id="_0">${h1}</h2>
${ps(p1)}
<h2 id="_1">${h2}</h2>
<div class="notice notice--warning"><div class="notice__icon"><img src="/img/warning.svg" alt=""></div><div class="notice__text"><p>${warn}</p></div></div>
${ps(p2)}
<h2 id="_2">${h3}</h2>
${ps(p3)}
<ul>${causes.map((c) => `<li>${c}</li>`).join('\n')}</ul>
<h2 id="_3">${h4}</h2>
${ps(p4)}
</div>
<div class="article-rating"><h3 class="article-rating__title">${helpful[0]}</h3><div class="article-rating__buttons"><button class="btn btn--outline" disabled>
${helpful[1]}</button><button class="btn btn--outline" disabled>${helpful[2]}</button></div><p class="article-rating__note">${helpful[3]}
<a href="https://account.prusa3d.com/login">${helpful[4]}</a></p></div>
<section class="related-articles"><h3 class="related-articles__title">${related[0]}</h3><ul
class="related-articles__list">${links(related.slice(1), 'related-articles__item')}</ul>
</section><section class="article-questions"><h3>${questions[0]}</h3><p>${questions[1]}</p><p>${questions[2]}</p>
<a href="https://www.prusa3d.com/contact/" class="btn btn--orange">${questions[3]}</a></section>
<section class="article-comments" id="comments"><h3 class="article-comments__title">${comments[0]}</h3><p class="article-comments__subtitle">${comments[1]}</p>
<a href="https://account.prusa3d.com/login" class="btn btn--outline">${comments[2]}</a><ul class="comments-list"></ul></section>
</article></div></div></main>
<footer class="footer"><div class="container"><ul class="footer__links">${links(foot, 'footer__item')}</ul>
<p class="footer__copy">© Prusa Research a.s. 2026</p></div></footer>
<div class="cookie-bar" role="dialog" aria-live="polite"><p class="cookie-bar__text">${cookie}</p><div class="cookie-bar__buttons">
<button class="btn btn--outline">Settings</button><button class="btn btn--orange">Accept all</button></div></div>
</div></div></div><script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:1802,title:"Layer shifting"}}]}}(null,false));</script>
<script src="/_nuxt/app.4f1c2b.js" defer></script></body></html>`;

export const prusaKb: TestPage = {
  name: 'heldout218-prusa-knowledge-base-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, warn, ...p2, ...p3, ...causes, ...p4]),
  bylines: [meta[0], meta[1]],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Prusa Research', ...nav, 'Search', 'Log in', 'EN', crumbs[0], crumbs[1], toc[0], ...relevant, cap, ...helpful, ...related, ...questions, ...comments,
    ...foot, '© Prusa Research a.s. 2026', cookie, 'Settings', 'Accept all',
  ],
};
