import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper e2: an NHS inform (Scotland) illness page: the cookie banner, "Skip to main content", the
 * header with search and the topic navigation, the translation and BSL links, the breadcrumb, the in-page "Contents"
 * list, the blue "Speak to your GP practice if" and red "Phone 999" callout panels, the "Source" and "Last updated"
 * lines, the "Was this page helpful?" feedback form, "Other health sites" and the footer.
 */
const title = 'Ganglion cyst';
const h1 = 'About ganglion cysts';
const p1 = [
  'A ganglion cyst is a smooth, fluid-filled lump that forms near a joint or tendon. They are most common on the wrist and the back of the hand, ' +
    'but can also appear on the fingers, ankle or top of the foot.',
  'Ganglion cysts are not cancerous and are usually harmless. Many go away on their own without treatment.',
];
const h2 = 'Symptoms of a ganglion cyst';
const p2 = ['The main symptom is a lump that:'];
const sym = [
  'is round or oval and feels smooth',
  'may be soft or firm',
  'can change size, often getting bigger when you use the joint',
  'is usually painless, although it can ache if it presses on a nerve',
];
const h2c = 'Causes of ganglion cysts';
const p2c = [
  'It’s not clear why ganglion cysts form. They happen when the tissue around a joint or tendon swells and fills with thick, jelly-like fluid.',
  'They are more common in women and in people aged between 20 and 40. People who put a lot of strain on their wrists, such as gymnasts, may be ' +
    'more likely to get them. Ganglion cysts near the end joint of a finger are often linked to osteoarthritis.',
];
const h3 = 'When to get help';
const gpLead = 'Speak to your GP practice if:';
const gp = ['you have a lump that is painful or growing quickly', 'a lump makes it hard to use your hand or walk', 'you’re not sure what a lump is'];
const p3 = ['Your GP can usually tell if a lump is a ganglion cyst by looking at it and shining a light through it.'];
const h4 = 'Treating a ganglion cyst';
const p4 = [
  'If the cyst is not causing any problems, your GP may suggest leaving it alone. Around half of ganglion cysts disappear without treatment.',
  'If it is painful or limits movement, the fluid can be drained with a needle, or the cyst can be removed in a small operation. Cysts can come back ' +
    'after either treatment.',
  'Do not try to burst a ganglion cyst by hitting it with a heavy object. This can injure your hand and the cyst is likely to return.',
];
const cookie = [
  'Cookies on NHS inform',
  'We use cookies to make our website work and to understand how people use it, so we can make it better.',
  'Accept all cookies',
  'Only use essential cookies',
  'Set cookie preferences',
];
const nav = [
  'Illnesses and conditions',
  'Symptoms',
  'Tests and treatments',
  'Healthy living',
  'Care support and rights',
  'Campaigns',
  'Scotland’s Service Directory',
];
const lang = ['Translations and alternative formats', 'BSL', 'Easy read', 'Other languages'];
const crumbs = ['Home', 'Illnesses and conditions', 'Muscle, bone and joints', 'Conditions'];
const contents = 'Contents';
const source = 'Source: Scottish Government';
const updated = 'Last updated: 14 August 2025';
const feedback = [
  'Was this page helpful?',
  'Yes',
  'No',
  'Thank you for your feedback. We can’t reply to comments, but your feedback helps us improve the site.',
  'Please do not include personal or health information in your message.',
  'Send feedback',
];
const other = ['Other health sites', 'Care Information Scotland', 'Breathing Space', 'Healthier Scotland', 'Parent Club'];
const footer = ['About NHS inform', 'Accessibility', 'Privacy', 'Cookies', 'Contact us', 'Sitemap', 'Terms and conditions'];
const nhs24 = 'NHS inform is provided by NHS 24 on behalf of the Scottish Government.';
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const sec = (id: string, h: string, inner: string): string => `<section id="${id}" class="editor"><h2>${h}</h2>
${inner}</section>`;
const html = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>Ganglion cyst | NHS inform</title>
<meta name="description" content="Read about ganglion cysts, which are smooth, fluid-filled lumps that form near a joint or tendon.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://www.nhsinform.example/illnesses-and-conditions/muscle-bone-and-joints/conditions/ganglion-cyst/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Ganglion cyst","lastReviewed":"2025-08-14",
"publisher":{"@type":"Organization","name":"NHS 24"}}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new
Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-NHSI');</script>
<link rel="stylesheet" href="/themes/nhsinform/dist/css/main.min.css"></head>
<body class="page-template page-condition"><div class="cookie-banner" id="cookie-banner" role="region" aria-label="${cookie[0]}"><div class="wrapper">
<h2 class="cookie-banner__heading">${cookie[0]}</h2><p>${cookie[1]}</p><div class="cookie-banner__buttons"><button class="btn
btn--primary">${cookie[2]}</button>
<button class="btn btn--secondary">${cookie[3]}</button><a href="/cookies/">${cookie[4]}</a></div></div></div>
<a href="#maincontent" class="skip-link">Skip to main content</a>
<header class="site-header" role="banner"><div class="wrapper"><a class="site-logo" href="/"><img src="/themes/nhsinform/img/logo.svg" alt="NHS inform"></a>
<form class="site-search" role="search" action="/search/"><label for="site-search" class="visually-hidden">Search NHS inform</label>
<input id="site-search" type="search" placeholder="Search NHS inform"><button type="submit">Search</button></form></div>
<nav class="primary-nav" aria-label="Main"><ul>${links(nav, 'primary-nav__item')}</ul></nav>
<div class="header-links"><ul>${links(lang, 'header-links__item')}</ul></div></header>
<div class="wrapper"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(crumbs, 'breadcrumbs__item')}</ol></nav>
<main id="maincontent" class="main-content"><div class="grid"><div class="grid__item large--two-thirds">
<h1 class="page-title">${title}</h1>
<nav class="in-page-nav" aria-label="${contents}"><h2 class="in-page-nav__title">${contents}</h2><ol>${links([h1, h2, h2c, h3, h4])}</ol></nav>
${sec('about', h1, p(p1))}
${sec('symptoms', h2, p(p2) + ul(sym))}
${sec('causes', h2c, p(p2c))}
${sec(
  'when-to-get-help',
  h3,
  `<div class="panel panel--info"><h3 class="panel__title">${gpLead}</h3>${ul(gp)}</div>${p(p3)}
<div class="panel panel--emergency"><h3 class="panel__title">Phone 999 if:</h3>${ul(['you have a sudden, severe injury to the joint'])}</div>`,
)}
${sec('treatment', h4, p(p4))}
<div class="page-meta"><p class="source">${source}</p><p class="last-updated">${updated}</p></div>
<div class="feedback" id="feedback"><h2 class="feedback__title">${feedback[0]}</h2><button>${feedback[1]}</button><button>${feedback[2]}</button>
<div class="feedback__form" hidden><p>${feedback[3]}</p><label for="fb">${feedback[4]}</label><textarea id="fb"></textarea><button>${feedback[5]}</button>
</div></div></div>
<aside class="grid__item large--one-third"><div class="other-sites"><h2>${other[0]}</h2><ul>${links(other.slice(1))}</ul></div></aside></div></main></div>
<footer class="site-footer"><div class="wrapper"><ul>${links(footer)}</ul><p>${nhs24}</p></div></footer>
<script src="/themes/nhsinform/dist/js/main.min.js"></script></body></html>`;

export const nhsInform: TestPage = {
  name: 'heldout157-nhsinform-condition',
  kind: 'wiki',
  html,
  title,
  // the callout panels are part of the advice: their titles are headings, their items body; the in-page Contents list repeats
  // the headings and is left out; "Symptoms" (a nav item) is left out as a word of a heading
  headings: [h1, h2, h2c, h3, gpLead, 'Phone 999 if:', h4],
  body: texts([...p1, ...p2, ...sym, ...p2c, ...gp, ...p3, 'you have a sudden, severe injury to the joint', ...p4]),
  bylines: [updated],
  furniture: [
    ...cookie,
    'Skip to main content',
    'Search NHS inform',
    'Search',
    ...nav.filter((t) => t !== 'Symptoms'),
    ...lang,
    ...crumbs.filter((t) => t !== 'Illnesses and conditions'),
    contents,
    source,
    ...feedback,
    ...other,
    ...footer,
    nhs24,
  ],
};
