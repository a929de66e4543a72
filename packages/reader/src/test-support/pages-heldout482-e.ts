import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, outside, pick } from './pages-heldout482-kit.js';

/**
 * Held-out batch 482, file e: a regional food network's annual impact report page on HubSpot CMS (drag-and-drop sections,
 * stat modules, director's letter, CTA, HubSpot cookie banner), and a small food bank's news post on Hugo (Ananke theme)
 * with its cover title, table of contents and related list.
 */
const uTitle = '2025 Impact Report';
const uDek = 'A year of record need, and of neighbours who showed up.';
const uStats = ['9.4 million', 'pounds of food distributed', '118', 'partner pantries and meal sites', '41,200', 'volunteer hours'];
const uBody = [
  'A letter from our executive director',
  j(
    'When we wrote last year\u2019s report, we hoped that demand at our partner pantries had peaked. It had not. In 2025 the number of',
    'households served across Ardmore, Pell and Whitcomb counties rose by 19 percent, and for the first time more than half of',
    'them included someone with a job.',
  ),
  j(
    'We met that need because of you. Farmers gave us 2.1 million pounds of produce that could not go to market. Churches,',
    'schools and businesses ran more than 300 food drives. And volunteers sorted, packed and delivered on every single weekday of',
    'the year.',
  ),
  'Where the food went',
  j(
    'Most of what we distribute goes out through our partner network: church pantries, school backpack programs, senior centers and',
    'shelters. This year we also opened two mobile pantry routes that stop in rural towns with no grocery store.',
  ),
  'Partner pantries: 71 percent',
  'Mobile pantry routes: 14 percent',
  'School and youth programs: 10 percent',
  'Senior programs: 5 percent',
  'Looking ahead',
  j(
    'In 2026 we will finish the cold storage expansion at our Pell warehouse, which will let us accept twice as much fresh milk and',
    'meat. We are also working with three clinics to offer produce prescriptions for patients with diabetes.',
  ),
];
const uSign = 'Dana Whitfield, Executive Director';
const uNav = ['Find Food', 'Give', 'Volunteer', 'Our Work', 'About Us'];
const uFoot = ['Tri-County Harvest Network', '2200 Depot Street, Pell', 'Careers', 'Financials', 'Privacy Policy'];
const mod = (id: string, inner: string, type = 'rich_text'): string =>
  `<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-${type}" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="widget" data-hs-cos-type="${type}">${inner}</span></div>`;
const row = (n: number, inner: string): string =>
  `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-cell
dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12">${inner}</div></div></div>`;
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>2025 Impact Report | Tri-County Harvest Network</title>
<link rel="shortcut icon" href="https://www.tricountyharvest.org/hubfs/favicon.png"><meta name="description" content="${uDek}">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.tricountyharvest.org/hubfs/hub_generated/template_assets/1/101/1712/template_main.min.css">
<style>#hs_cos_wrapper_widget_1712 .stat-number{font-size:56px;color:#c2410c}</style><link rel="canonical" href="https://www.tricountyharvest.org/impact-2025">
<meta property="og:url" content="https://www.tricountyharvest.org/impact-2025"><meta name="twitter:card" content="summary_large_image"><meta
http-equiv="content-language" content="en"></head>
<body><div class="body-wrapper   hs-content-id-1712440 hs-site-page page ">
<div data-global-resource-path="@marketplace/Helpful/Growth/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper"><div
class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/tchn-logo.svg" class="hs-image-widget"
alt="Tri-County Harvest Network"></a></span></div><div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle">
</div><div class="header__navigation header--element"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${uNav
  .map(
    (t) =>
      `<li class="menu__item menu__item--depth-1  hs-skip-lang-url-rewrite"><a class="menu__link   " href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav></div><div class="header__button"><a class="button" href="/give">Donate</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">
${row(0, mod('1711', `<h1>${uTitle}</h1><p class="lead">${uDek}</p>`))}
${row(1, mod('1712', uStats.map((t, i) => `<div class="${i % 2 === 0 ? 'stat-number' : 'stat-label'}">${t}</div>`).join('\n'), 'module'))}
${row(2, mod('1713', `<h2>${at(uBody, 0)}</h2>${ps(pick(uBody, 1, 2))}<p class="signature">${uSign}</p>`))}
${row(3, mod('1714', `<h2>${at(uBody, 3)}</h2>${ps([at(uBody, 4)])}<ul>${lis(pick(uBody, 5, 6, 7, 8))}</ul>`))}
${row(
  4,
  mod(
    '1715',
    `<span class="hs-cta-wrapper" id="hs-cta-wrapper-5b2c"><span class="hs-cta-node hs-cta-5b2c" id="hs-cta-5b2c"><a
href="https://cta-redirect.hubspot.com/cta/redirect/4410021/5b2c" class="cta_button">Download the full report (PDF)</a></span></span>`,
    'cta',
  ),
)}
${row(5, mod('1716', `<h2>${at(uBody, 9)}</h2>${ps([at(uBody, 10)])}`))}
${row(
  6,
  mod(
    '1717',
    `<h3 class="form-title">Get our monthly newsletter</h3><div id="hs_form_target_widget_1717"></div>
<script>hbspt.forms.create({portalId:"4410021",formId:"c5e1a7d2",target:"#hs_form_target_widget_1717"});</script>`,
    'form',
  ),
)}
</div></div></div></div></main>
<div data-global-resource-path="@marketplace/Helpful/Growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container
content-wrapper">${uFoot.map((t) => `<p class="footer__item">${t}</p>`).join('')}<p class="footer__copyright">Copyright &copy; 2026 Tri-County Harvest Network.
All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-indexable="true"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a
id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script>var hsVars = {"portal_id":4410021,"page_id":1712440,
"content_group_id":0,"page_title":"2025 Impact Report | Tri-County Harvest Network"};</script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4410021.js"></script></body></html>`;
const report: TestPage = {
  name: 'heldout482-hubspot-impact-report',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: pick(uBody, 0, 3, 9),
  body: [uDek, ...uStats, ...uBody.filter((_, i) => ![0, 3, 9].includes(i))],
  bylines: [uSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([uTitle, uDek, ...uStats, ...uBody], [
    'Skip to content', ...uNav, 'Donate', 'Download the full report (PDF)', 'Get our monthly newsletter', ...uFoot,
    'Copyright © 2026 Tri-County Harvest Network. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ]),
};

const nTitle = 'New Saturday opening at St Brannock\u2019s from November';
const nBody = [
  j(
    'From Saturday 7 November the Ravensholt Food Bank centre at St Brannock\u2019s church hall will open every Saturday from 10 am to',
    '12 noon, as well as on Tuesday and Thursday afternoons.',
  ),
  j(
    'We have been asked for a weekend session for a long time. More of the people we see are working, often on shifts, and',
    'cannot get to us during the week without losing pay.',
  ),
  'How it will work',
  j(
    'The Saturday session works in the same way as the weekday ones. Bring your voucher from a referral agency, or come in and we',
    'will help you get one. There will be tea, toast and someone from Ravensholt Citizens Advice on the first Saturday of each month.',
  ),
  'We need more volunteers',
  j(
    'To staff the new session we need about twelve more volunteers, especially people who can commit to two Saturdays a month. If',
    'you can help, email volunteer@ravensholtfoodbank.org.uk or ask at any session.',
  ),
];
const nToc = [at(nBody, 2), at(nBody, 4)];
const nRel = ['Christmas collection: what we need this year', 'Thank you to Ravensholt Rotary', 'Our 2025 figures'];
const nHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${nTitle.replace('\u2019', '&rsquo;')} |
Ravensholt Food Bank</title><meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="The St Brannock's centre adds a
Saturday morning session."><meta name="generator" content="Hugo 0.121.1"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://ravensholtfoodbank.org.uk/news/saturday-opening/">
<meta property="og:title" content="${nTitle}"><meta property="og:type" content="article"><meta property="article:section" content="news">
<meta property="article:published_time" content="2026-10-19T09:00:00+01:00"><meta itemprop="wordCount" content="231"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/st-brannocks.jpg');"><div
class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2
hover-white no-underline white-90 dib">Ravensholt Food Bank</a><div class="flex-l items-center"><ul class="pl0 mr3">${['Get help', 'News', 'Donate', 'Contact']
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(/ /g, '-')}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul><div class="ananke-socials"><a href="https://www.facebook.com/ravensholtfoodbank" target="_blank" rel="noopener" class="ananke-social-link
link-transition facebook link dib z-999 pt3 pt0-l mr1" title="follow on Facebook - Opens in a new window" aria-label="follow on Facebook - Opens in a new
window"><span class="icon"><svg style="enable-background:new 0 0 67 67;" version="1.1" viewBox="0 0 67 67"></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${nTitle}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100"><aside class="instapaper_ignoref b
helvetica tracked ttu">News</aside><div id="sharing" class="mt3 ananke-socials">
<a href="https://www.facebook.com/sharer.php?u=https://ravensholtfoodbank.org.uk/news/saturday-opening/"
class="ananke-social-link facebook no-underline" title="Share on Facebook" aria-label="Share on Facebook"><span class="icon"><svg></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${nTitle}</h1><p class="tracked">By <strong>Alun Pryce</strong></p><time class="f6 mv4 dib tracked"
datetime="2026-10-19T09:00:00+01:00">October 19, 2026</time></header><div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l
w-two-thirds-l">${ps(pick(nBody, 0, 1))}<h2 id="how-it-will-work">${at(nBody, 2)}</h2>${ps([at(nBody, 3)])}<h2 id="we-need-more-volunteers">${at(nBody, 4)}</h2>
${ps([at(nBody, 5)])}<ul class="pa0"></ul><div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What&#39;s in this
post</p><nav id="TableOfContents"><ul>${nToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">${nRel
  .map((t) => `<li class="mb2"><a href="/news/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">${t}</a></li>`)
  .join('\n')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns
pv2 ph3" href="https://ravensholtfoodbank.org.uk/">&copy; Ravensholt Food Bank 2026</a><div><div class="ananke-socials"></div></div></div></footer>
</body></html>`;
const hugo: TestPage = {
  name: 'heldout482-hugo-ananke-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nToc,
  body: texts(nBody.filter((_, i) => i !== 2 && i !== 4)),
  bylines: ['By Alun Pryce', 'October 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([nTitle, ...nBody], [
    'Ravensholt Food Bank', 'Get help', 'News', 'Donate', 'Contact', "What's in this post", ...nToc, 'Related', ...nRel, '© Ravensholt Food Bank 2026',
  ]),
};

export const HELDOUT482_E: readonly TestPage[] = [report, hugo];
