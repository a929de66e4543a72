import { texts, type TestPage } from './page-kit.js';
import { j, settle } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file b2 (file b split): an insurance broker's FAQ page built with Wix (rich text elements, dropdown menu,
 * a Wix Forms quote form beside the questions).
 */
const xTitle = 'Frequently asked questions';
const xIntro = 'Straight answers to the things our clients ask most. If yours is not here, call the office and ask for Dev or Marguerite.';
const xQa: [string, string][] = [
  [
    'Do you charge a fee on top of the premium?',
    j(
      'For most personal policies, no: we are paid commission by the insurer, which we will tell you on request. For commercial',
      'policies we charge an arrangement fee of £50 to £150, shown on your quotation before you buy.',
    ),
  ],
  [
    'Which insurers do you use?',
    j(
      'We work with a panel of around 30 insurers, including several specialist Lloyd’s syndicates for farms, holiday lets and',
      'listed buildings. We do not search the whole market for every product, and we will say so when we quote.',
    ),
  ],
  [
    'What happens when I need to claim?',
    j(
      'Ring us first. We will tell you what the policy covers, help you fill in the claim form and chase the insurer for you',
      'until the claim is settled. There is no extra charge for this.',
    ),
  ],
  [
    'Can I pay monthly?',
    j(
      'Yes. Most policies can be paid by ten monthly instalments through a finance company. Paying this way costs more than',
      'paying in one go, and we will show you the interest rate and total amount before you agree.',
    ),
  ],
];
const xNav = ['Home', 'Home Insurance', 'Farm and Rural', 'Business', 'FAQs', 'Contact'];
const xForm = ['Get a quick quote', 'First name', 'Phone', 'What would you like insured?', 'Send'];
const xFoot = [
  'Penhallow and Rees Insurance Brokers Ltd, 3 Market Square, Trevellick TR19 4AZ',
  'Authorised and regulated by the Financial Conduct Authority, FRN 309912.',
  '©2026 by Penhallow and Rees.',
];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>FAQs | Penhallow &amp; Rees Insurance Brokers</title>
<link rel="canonical" href="https://www.penhallowrees.co.uk/faqs"><meta property="og:title" content="FAQs | Penhallow &amp; Rees Insurance Brokers">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${xQa[0]?.[0]}"}]}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"4e2b7c1a","siteId":"9a0d33f8"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#masterPage{--pinned-layers-in-page:0}.font_0{font:normal normal bold 48px/1.2 playfair display,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-kx1logo" class="MW5IWV comp-kx1logo wixui-image"><a href="https://www.penhallowrees.co.uk"><img
src="https://static.wixstatic.com/media/penhallow-logo.png" alt="Penhallow &amp; Rees logo"></a></div>
<wix-dropdown-menu id="comp-kx1menu" class="XwCBRN NHM1d1 comp-kx1menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"><nav class="R_TAzU"
aria-label="Site"><ul class="y7qwii" role="menubar">
${xNav
  .map(
    (t) => `<li class="wbgQXa wixui-dropdown-menu__item"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div class="DxijZJ"><p
class="JS76Uv">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu>${rich(
  'kx1tel',
  `<p class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">01736 555 214</span></p>`,
)}</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lb3nq" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerlb3nq"
class="Containerlb3nq SPY_vo">
<section id="comp-lb3s1" tabindex="-1" class="Oqnisf comp-lb3s1 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lb3c1"
class="comp-lb3c1 YzqVVZ wixui-column-strip__column">
${rich('lb3h1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rich('lb3p1', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${xIntro}</span></p>`)}
${xQa
  .map((q, i) =>
    rich(
      `lb3q${i}`,
      `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">${q[0]}</span></h2>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${q[1]}</span></p>`,
    ),
  )
  .join('\n')}
</div><div id="comp-lb3c2" class="comp-lb3c2 YzqVVZ wixui-column-strip__column"><form id="comp-lb3form" class="JVi7i2 comp-lb3form wixui-form"
aria-label="Get a quick quote">
${rich('lb3fh', `<h2 class="font_6 wixui-rich-text__text">${xForm[0]}</h2>`)}
${xForm
  .slice(1, 4)
  .map(
    (t, i) =>
      `<div class="comp-lb3f${i} wixui-text-input"><label for="input_comp-lb3f${i}" class="wPeA6j wixui-text-input__label">${t}</label><input
id="input_comp-lb3f${i}" class="KvoMHf has-custom-focus wixui-text-input__input" type="text"></div>`,
  )
  .join('\n')}
<div class="comp-lb3fs wixui-button"><button aria-disabled="false" class="StylableButton2545352419__root wixui-button" data-testid="buttonElement"><span
class="StylableButton2545352419__label wixui-button__label">${xForm[4]}</span></button></div>
</form></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${xFoot
  .map((t, i) =>
    rich(
      `kx1f${i}`,
      `<p class="font_9 wixui-rich-text__text"><span
class="wixui-rich-text__text">${t}</span></p>`,
    ),
  )
  .join('\n')}</div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e9e5f2c1.bundle.min.js" async></script></body></html>`;
const penhallow: TestPage = settle({
  name: 'heldout539-wix-insurance-broker-faq',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xQa.map((q) => q[0]),
  body: texts([xIntro, ...xQa.map((q) => q[1])]),
  bylines: [],
  furniture: ['top of page', ...xNav, '01736 555 214', ...xForm, ...xFoot, 'bottom of page'],
});

export const HELDOUT539_B2: readonly TestPage[] = [penhallow];
