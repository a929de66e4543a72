import { links, ps, type TestPage, texts } from './page-kit.js';
import { hospitalLeaflet } from './pages-heldout216-e2.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file e: a health insurer's member article on an Adobe Experience Manager site (the utility bar with
 * "Find a doctor" and "Member login", the mega-menu with hidden panels, breadcrumbs, the article hero with category and
 * reading time, the "Medically reviewed by" line, a member-benefit callout inside the text, the cmp-text components, the
 * "Was this helpful?" widget, the related articles cards, the "Not a member yet?" promo, the footer with plan disclaimers and
 * the OneTrust banner).
 */
const title = 'Getting back to exercise after a long break: a safe six-week plan';
const dek = 'Whether you stopped because of illness, injury or just a busy year, here is how to rebuild your fitness without setbacks.';
const p1 = paras(`
Coming back to exercise after months away can feel daunting. It is tempting to pick up where you left off, but your heart, lungs,
muscles and tendons all lose some of their conditioning when you stop, and they come back at different speeds. Going too hard in
the first few weeks is the most common reason people get injured or give up.

The plan below is designed for adults who were active before and want a gradual, structured return. If you have a heart or lung
condition, diabetes or a recent injury, speak to your doctor first.
`);
const h1 = 'Weeks one and two: build the routine';
const p2 = paras(`
Aim for three sessions a week of 20 to 30 minutes at an easy effort, where you could hold a conversation throughout. Brisk walking,
cycling on flat routes or swimming all work well. Add two short sessions of basic strength work, such as sit-to-stands from a
chair, wall press-ups and calf raises.
`);
const callout = [
  'Member benefit',
  'Gold and Platinum members can claim up to 12 physiotherapy sessions a year without a referral.',
  'See your benefits',
] as const;
const h2 = 'Weeks three and four: add a little more';
const p3 = paras(`
If the first two weeks felt comfortable and you were not unusually sore the next day, lengthen each session by five to ten minutes.
You can also introduce one slightly harder session, for example walking up hills or a few one-minute efforts on the bike.
`);
const h3 = 'Weeks five and six: find your rhythm';
const p4 = paras(`
By now you should be exercising four or five times a week. Keep most sessions easy and make one or two moderately hard. This mix
builds fitness steadily while giving your body time to adapt.
`);
const h4 = 'Warning signs to stop and seek advice';
const warn = [
  'Chest pain, pressure or tightness during or after exercise',
  'Feeling faint, dizzy or unusually breathless',
  'Joint pain that lasts more than 48 hours or gets worse each session',
  'A heartbeat that feels irregular or much faster than usual',
] as const;
const p5 = paras(`
If you notice any of these, stop exercising and contact your doctor. Call 999 if you have chest pain that does not go away with rest.
`);
const utility = ['Find a doctor', 'Claims', 'Help and contact', 'Member login'] as const;
const nav = ['Health insurance', 'Dental', 'Travel', 'For business', 'Health hub'] as const;
const hidden = ['Individual and family cover', 'Over 50s cover', 'Compare plans', 'Get a quote'] as const;
const crumbs = ['Home', 'Health hub', 'Fitness'] as const;
const hero = ['Fitness', '6 minute read'] as const;
const helpful = ['Was this helpful?', 'Yes', 'No', 'Thanks for your feedback.'] as const;
const related = [
  'Related articles',
  'How much exercise do you really need each week?',
  'Strength training over 50: where to start',
  'Sleep and recovery: why rest days matter',
] as const;
const promo = ['Not a member yet?', 'Get a quote in minutes and choose the cover that suits you.', 'Get a quote'] as const;
const foot = ['About us', 'Careers', 'Newsroom', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Terms of use', 'Complaints'] as const;
const legal =
  'Harbourline Health Insurance Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct ' +
  'Authority and the Prudential Regulation Authority.';
const legal2 = 'The information in this article is general and does not replace advice from a qualified health professional.';
const cookie = 'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.';
const html = `<!DOCTYPE HTML>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${title} | Harbourline Health</title>
<meta name="description" content="${dek}"><meta name="template" content="article-page"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.harbourlinehealth.example/health-hub/fitness/back-to-exercise">
<link rel="stylesheet" href="/etc.clientlibs/harbourline/clientlibs/clientlib-site.lc-5c1e9a-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2026-03-12",
"dateModified":"2026-10-01","reviewedBy":{"@type":"Person","name":"Dr Amara Nwosu"},"publisher":{"@type":"Organization","name":"Harbourline Health"}}</script>
<script src="https://assets.adobedtm.example/launch-8d21.min.js" async></script></head>
<body class="page basicpage" id="page-4c0e1b2a71"><div class="root container responsivegrid"><div id="container-0b" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment header aem-GridColumn aem-GridColumn--default--12">
<div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header"><header class="hl-header">
<a class="hl-skip" href="#main-content">Skip to main content</a><div class="hl-utility-bar"><ul>${links(utility, 'hl-utility-bar__item')}</ul></div>
<div class="hl-header__main"><a class="hl-header__logo" href="/"><img src="/content/dam/harbourline/logo.svg" alt="Harbourline Health home"></a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${links(nav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul>
<div class="hl-megamenu" hidden><ul class="cmp-navigation__group">${links(hidden, 'cmp-navigation__item cmp-navigation__item--level-1')}</ul></div></nav>
</div></header></div></div>
<main id="main-content" class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container">
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(crumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="article-hero"><div class="hl-article-hero"><span class="hl-article-hero__category">${hero[0]}</span><div class="title"><div class="cmp-title">
<h1 class="cmp-title__text">${title}</h1></div></div><p class="hl-article-hero__dek">${dek}</p><span class="hl-article-hero__read">${hero[1]}</span>
<p class="hl-article-hero__reviewed">Medically reviewed by Dr Amara Nwosu, GP</p><p class="hl-article-hero__date">Last updated 1 October 2026</p>
</div></div>
<div class="image"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/harbourline/health-hub/cycling.jpg" alt="Older man cycling on a path">
</div></div>
<div class="text"><div class="cmp-text">${ps(p1)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${h1}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(p2)}</div></div>
<div class="teaser hl-callout"><div class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">${callout[0]}</p>
<div class="cmp-teaser__description"><p>${callout[1]}</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link"
href="/members/benefits">${callout[2]}</a></div></div></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${h2}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(p3)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${h3}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(p4)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${h4}</h2></div></div>
<div class="text"><div class="cmp-text"><ul>${lis(warn)}</ul>${ps(p5)}</div></div>
<div class="hl-feedback" data-component="feedback"><p class="hl-feedback__question">${helpful[0]}</p><button data-vote="yes">${helpful[1]}</button>
<button data-vote="no">${helpful[2]}</button><p class="hl-feedback__thanks" hidden>${helpful[3]}</p></div>
<div class="text hl-disclaimer"><div class="cmp-text"><p><small>${legal2}</small></p></div></div>
<div class="list hl-related"><h2 class="hl-related__title">${related[0]}</h2><ul class="cmp-list">
${related
  .slice(1)
  .map((r) => `<li class="cmp-list__item"><article class="cmp-list__item-link"><span class="cmp-list__item-title">${r}</span></article></li>`)
  .join('\n')}</ul></div>
<div class="teaser hl-promo"><div class="cmp-teaser"><h2 class="cmp-teaser__title">${promo[0]}</h2><div class="cmp-teaser__description"><p>${promo[1]}</p></div>
<a class="cmp-teaser__action-link" href="/quote">${promo[2]}</a></div></div></div></main>
<div class="experiencefragment footer"><footer class="hl-footer"><ul class="hl-footer__links">${links(foot, 'hl-footer__item')}</ul>
<p class="hl-footer__legal">${legal}</p><p class="hl-footer__copy">© Harbourline Health 2026</p></footer></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${cookie}</p></div><div id="onetrust-button-group-parent"><button
id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="/etc.clientlibs/harbourline/clientlibs/clientlib-site.lc-7be2c1-lc.min.js"></script></body></html>`;

const insurer: TestPage = {
  html,
  name: 'heldout216-health-insurer-member-article',
  kind: 'docs',
  // the dek is body; "Medically reviewed by" and "Last updated" are bylines; the category label and reading time, the
  // member-benefit teaser between sections, the feedback widget, the general disclaimer and the related cards are furniture
  title,
  headings: [h1, h2, h3, h4],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(p4), ...warn, ...texts(p5)],
  bylines: ['Medically reviewed by Dr Amara Nwosu, GP', 'Last updated 1 October 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...utility, ...nav, ...hidden, 'Home', 'Fitness', hero[1], ...callout,
    ...helpful, legal2, ...related, ...promo.slice(0, 2), ...foot,
    legal, '© Harbourline Health 2026', cookie, 'Cookies Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT216_E: readonly TestPage[] = [insurer, hospitalLeaflet];
