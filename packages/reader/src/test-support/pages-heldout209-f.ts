import { links, type TestPage, texts } from './page-kit.js';
import { marketReport } from './pages-heldout209-f2.js';

/**
 * Held-out batch 209, file f: a housing charity's housing rights advice page (the "Exit this site" quick-exit button,
 * the header with "Get help", "Donate" and search, the advice breadcrumb, the "This advice applies to England" nation
 * notice above the title, the "On this page" list, the advice with an "Urgent help" callout and a "Template letter"
 * details box, the "Last updated" line, the "Was this advice helpful?" form, the helpline and webchat panel, a donation
 * appeal, the footer with charity numbers and the cookie banner) and, from file f2, a brokerage's market report.
 */
const hcTitle = 'Disrepair: getting your landlord to do repairs';
const hcNotice = 'This advice applies to England';
const hcIntro = 'Your landlord is responsible for most repairs in your home. Find out what they must fix, how to report it and what to do if they don’t.';
const hcH = ['Repairs your landlord must do', 'How to report a repair', 'If your landlord does not do the repairs', 'Protection from eviction'];
const hcP1 = ['Private landlords must keep the structure and exterior of your home in repair, including:'];
const hcL1 = [
  'the roof, walls, windows and external doors',
  'drains, gutters and external pipes',
  'the water and gas pipes, electrical wiring and sinks, baths and toilets',
  'the boiler, radiators and hot water system',
];
const hcP2 = [
  'Your landlord must also fix damp and mould caused by disrepair, and make sure your home is free from serious hazards that could ' +
    'affect your health or safety. You are usually responsible for minor jobs like changing light bulbs and for damage you or your visitors cause.',
];
const hcP3 = [
  'Tell your landlord or letting agent about the problem as soon as you can. Repairs only have to be done once your landlord knows ' +
    'about them, so put your request in writing by email, text or letter and keep a copy.',
  'Describe the problem clearly, say when it started and include photos if you can. Ask your landlord to reply by a set date, for ' +
    'example within 14 days for non-urgent repairs.',
];
const hcP4 = ['If your landlord does not respond or the work is not done within a reasonable time, you can:'];
const hcL4 = [
  'send a reminder saying you will contact the council if repairs are not done',
  'ask your council’s private housing team to inspect your home',
  'make a complaint to the landlord’s redress scheme if they use a letting agent',
  'take legal action for compensation and an order that the repairs are done',
];
const hcP5 = [
  'Do not stop paying your rent, even if the repairs are serious. Withholding rent puts you at risk of eviction for rent arrears, ' +
    'and it does not make your landlord more likely to do the work.',
];
const hcP6 = [
  'Some landlords try to evict tenants who ask for repairs. This is sometimes called a revenge or retaliatory eviction. If the council ' +
    'serves your landlord with an improvement notice, your landlord cannot use a section 21 notice to evict you for 6 months.',
  'Get advice straight away if you are asked to leave after reporting disrepair.',
];
const hcUrgent = [
  'Urgent help',
  'If you have no heating or hot water, a gas leak or a serious electrical problem, tell your landlord immediately ' +
    'and call the emergency services if anyone is in danger.',
];
const hcLetter = ['Template letter: ask your landlord for repairs', 'Copy and adapt this letter. Fill in the parts in brackets before you send it.'];
const hcQuick = 'Exit this site';
const hcNav = ['Get help', 'Housing advice', 'Campaigns', 'Get involved', 'About us', 'Donate', 'Search'];
const hcCrumbs = ['Home', 'Housing advice', 'Repairs'];
const hcToc = ['On this page'];
const hcUpdated = 'Last updated: 14 May 2025';
const hcFeedback = ['Was this advice helpful?', 'Yes', 'No', 'Thanks for your feedback.'];
const hcHelp = ['Get help from an adviser', 'Call our free helpline on 0808 157 0931', 'Monday to Friday, 8am to 8pm', 'Start webchat'];
const hcAppeal = ['We can only give this advice because of our supporters.', '£10 could help answer a call to our helpline.', 'Donate now'];
const hcFoot = ['Contact us', 'Accessibility', 'Privacy policy', 'Cookies', 'Modern slavery statement', 'Jobs'];
const hcReg = 'Hearthline is a registered charity in England and Wales (1109442) and Scotland (SC049017).';
const hcCookie = ['We use cookies to make our website work and to understand how you use it.', 'Accept all cookies', 'Reject non-essential', 'Cookie settings'];
const hcId = (t: string): string => t.toLowerCase().replace(/\W+/g, '-');
const hcP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const hcUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const hcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hcTitle} - Hearthline England</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${hcIntro}"><meta property="og:title" content="${hcTitle}">
<link rel="canonical" href="https://england.hearthline.example/housing_advice/repairs/disrepair">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${hcTitle}","dateModified":"2025-05-14",
"publisher":{"@type":"Organization","name":"Hearthline"}}</script>
<link rel="stylesheet" href="/static/css/advice.7d1e2b.css"><script src="/static/js/quick-exit.js" defer></script></head>
<body class="template-advice-page"><a href="https://www.bbc.example/weather" class="quick-exit js-quick-exit" rel="nofollow noreferrer">${hcQuick}</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies"><p>${hcCookie[0]}</p>${hcCookie
  .slice(1)
  .map((t) => `<button class="btn btn--cookie">${t}</button>`)
  .join('')}</div>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/static/img/hearthline.svg" alt="Hearthline"></a>
<nav class="site-header__nav" aria-label="Main"><ul>${links(hcNav, 'site-header__item')}</ul></nav></header>
<main id="main" class="advice-layout"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(hcCrumbs, 'breadcrumbs__item')}</ol></nav>
<div class="advice-layout__grid"><article class="advice-content"><div class="nation-banner"><span class="nation-banner__flag"></span>
<p class="nation-banner__text">${hcNotice}</p></div>
<h1 class="advice-content__title">${hcTitle}</h1><p class="advice-content__intro">${hcIntro}</p>
<nav class="on-this-page" aria-labelledby="otp"><h2 id="otp" class="on-this-page__title">${hcToc[0]}</h2>
<ol>${hcH.map((t) => `<li><a href="#${hcId(t)}">${t}</a></li>`).join('')}</ol></nav>
<section class="advice-section" id="${hcId(hcH[0]!)}"><h2>${hcH[0]}</h2>${hcP(hcP1)}${hcUl(hcL1)}${hcP(hcP2)}
<div class="callout callout--urgent" role="note"><h3 class="callout__title">${hcUrgent[0]}</h3><p>${hcUrgent[1]}</p></div></section>
<section class="advice-section" id="${hcId(hcH[1]!)}"><h2>${hcH[1]}</h2>${hcP(hcP3)}
<details class="template-letter"><summary>${hcLetter[0]}</summary><div class="template-letter__body"><p>${hcLetter[1]}</p>
<pre>Dear [landlord's name],
I am writing about repairs needed at [address]. The problems are: [list them]. Please reply by [date].</pre></div></details></section>
<section class="advice-section" id="${hcId(hcH[2]!)}"><h2>${hcH[2]}</h2>${hcP(hcP4)}${hcUl(hcL4)}${hcP(hcP5)}</section>
<section class="advice-section" id="${hcId(hcH[3]!)}"><h2>${hcH[3]}</h2>${hcP(hcP6)}</section>
<p class="advice-content__updated">${hcUpdated}</p>
<form class="feedback-form" data-module="feedback"><fieldset><legend>${hcFeedback[0]}</legend><button name="helpful" value="yes">${hcFeedback[1]}</button>
<button name="helpful" value="no">${hcFeedback[2]}</button></fieldset><p class="feedback-form__thanks" hidden>${hcFeedback[3]}</p></form></article>
<aside class="advice-layout__aside"><div class="help-panel"><h2>${hcHelp[0]}</h2><p>${hcHelp[1]}</p><p>${hcHelp[2]}</p>
<a class="btn btn--webchat" href="/get_help/webchat">${hcHelp[3]}</a></div>
<div class="appeal-panel"><p>${hcAppeal[0]}</p><p>${hcAppeal[1]}</p><a class="btn btn--donate" href="/donate">${hcAppeal[2]}</a></div></aside></div></main>
<footer class="site-footer"><ul>${links(hcFoot)}</ul><p class="site-footer__reg">${hcReg}</p><p>© Hearthline 2025</p></footer>
<script src="/static/js/advice.7d1e2b.js" defer></script></body></html>`;

const charityAdvice: TestPage = {
  html: hcHtml,
  name: 'heldout209-housing-charity-advice-docs',
  kind: 'docs',
  // the intro and the "Urgent help" callout text are body (the callout is part of the advice; its label is in neither
  // list); the template letter summary and note are body, the letter itself (a pre block) in neither list; the nation
  // notice, "On this page", feedback form, help panel, appeal, footer and cookie banner are furniture
  title: hcTitle,
  headings: hcH,
  body: [hcIntro, ...hcP1, ...hcL1, ...hcP2, hcUrgent[1]!, ...hcP3, ...hcLetter, ...hcP4, ...texts(hcL4), ...hcP5, ...hcP6],
  bylines: [hcUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    hcQuick, ...hcCookie, ...hcNav, 'Home', 'Repairs', hcNotice, ...hcToc, ...hcFeedback, ...hcHelp, ...hcAppeal, ...hcFoot, hcReg, '© Hearthline 2025',
  ],
};

export const HELDOUT209_F: readonly TestPage[] = [charityAdvice, marketReport];
