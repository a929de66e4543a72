import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout436-kit.js';
import { legalAid } from './pages-heldout436-d2.js';

/**
 * Held-out batch 436, file d: an immigration lawyer's FAQ page on Wix (the Wix FAQ app's accordion, category tabs, a search box,
 * rich-text elements, the Wix chat widget, a "Book a Consultation" strip, the Wix cookie banner and the warmup-data script)
 * and, from file d2, a legal aid society's service page on Drupal 10 with the Olivero theme.
 */
const gTitle = 'Family Immigration FAQ';
const gIntro = paras(`
These are the questions we hear most often from families starting the green card process. The answers are general; your
situation may have details that change them, so please book a consultation before you file anything.
`);
const gQA: readonly (readonly [string, string])[] = [
  [
    'How long does a marriage-based green card take?',
    `For spouses of U.S. citizens applying from inside the country, most of our recent cases have taken between ten and sixteen
months from filing to the interview. Spouses of permanent residents wait longer, because a visa number must be available first.`,
  ],
  [
    'Can I work while my green card application is pending?',
    `Yes, if you file for a work permit together with the adjustment application. The permit usually arrives a few months after
filing. Do not start working until you have the card in hand.`,
  ],
  [
    'Can I travel outside the country while my case is pending?',
    `Only with advance parole, a travel document you apply for with the same package. Leaving without it is usually treated as
abandoning the application, and for some people it can trigger a bar to returning.`,
  ],
  [
    'What happens at the interview?',
    `An officer places you and your spouse under oath, reviews your forms and asks about your relationship: how you met, your
daily routine, who pays which bills. Bring originals of every document you submitted, and evidence from after the filing date,
such as new lease renewals, joint tax returns and photos.`,
  ],
  [
    'My parent is a citizen. Can they sponsor me if I am over 21?',
    `Yes. Adult sons and daughters of citizens can be sponsored, but the wait depends on your country of birth and on whether you
are married. For some countries the wait is more than a decade, so filing early matters.`,
  ],
  [
    'I entered without inspection. Can I still get a green card?',
    `Possibly, but usually not from inside the country. Many people in this situation must process abroad and need a waiver of the
unlawful presence bar first. This is the area where a mistake costs the most, so please speak with a lawyer before you apply.`,
  ],
  [
    'How much do your services cost?',
    `We charge flat fees for most family petitions, quoted in writing after your consultation. Government filing fees are separate
and are paid directly to the agency.`,
  ],
];
const gAnswers = gQA.map(([, a]) => a.replace(/\s*\n\s*/g, ' '));
const gNav = ['Home', 'About Us', 'Family Visas', 'Citizenship', 'Asylum', 'FAQ', 'Contact'];
const gTabs = ['All Questions', 'Green Cards', 'Travel and Work', 'Fees'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Family Immigration FAQ | Okoro-Lindqvist Immigration Law</title>
<meta name="description" content="Answers to common questions about marriage green cards, work permits, travel and interviews.">
<meta property="og:title" content="Family Immigration FAQ | Okoro-Lindqvist Immigration Law"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How long does a marriage-based
green card take?","acceptedAnswer":{"@type":"Answer","text":"For spouses of U.S. citizens..."}}]}</script>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[]},
"appsWarmupData":{"14c92d28-031e-7910-c9a8-a670011e062d":{}}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"a3f1","isPremium":true},"language":{"userLanguage":"en"}};</script>
</head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kz1w8d"
class="KcpHeO tz5f0K comp-kz1w8d wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Okoro-Lindqvist Immigration Law</span></p></div>
<nav id="comp-kz1w9a" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">
${links(gNav, 'wixui-horizontal-menu__item')}</ul></nav>
<div id="comp-lang" class="LanguageSelector wixui-language-menu"><span>EN</span><span>ES</span><span>FR</span></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="PAGE wixui-page"><div class="Ry26q7"></div>
<section id="comp-lq8a1" class="comp-lq8a1 wixui-section"><div data-testid="columns" class="comp-lq8a1-container"><div id="comp-lq8a2"
class="wixui-column-strip__column">
<div id="comp-lq8a3" class="HcOXKn SxM0TO QxJLC3 comp-lq8a3 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${gTitle}</span></h1></div>
<div id="comp-lq8a4" class="HcOXKn SxM0TO QxJLC3 comp-lq8a4 wixui-rich-text" data-testid="richTextElement">
${ps(gIntro, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lq8a5" class="comp-lq8a5 wixui-tpa"><div data-hook="faq-widget" class="faq-root"><div data-hook="faq-search"><input type="search"
placeholder="Search questions" aria-label="Search questions"></div>
<ul data-hook="faq-categories" role="tablist">${gTabs.map((t) => `<li role="tab"><button data-hook="faq-category">${t}</button></li>`).join('')}</ul>
<div data-hook="faq-list" role="list">
${gQA
  .map(
    ([q, a], i) => `<div data-hook="faq-item" role="listitem" class="faq-item"><button aria-expanded="${i === 0}" data-hook="faq-question" class="faq-question">
<h3 class="faq-question-title">${q}</h3><span aria-hidden="true" class="faq-chevron"></span></button>
<div data-hook="faq-answer" class="faq-answer" role="region"${i === 0 ? '' : ' hidden'}><div class="ricos-viewer">
<p class="public-DraftStyleDefault-ltr">${a}</p></div>
</div></div>`,
  )
  .join('\n')}
</div></div></div>
<div id="comp-lq8a6" class="comp-lq8a6 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Information on this page is not legal
advice. Reading it does not create an attorney-client relationship.</p></div></div></div></section>
<section id="comp-lq8b1" class="comp-lq8b1 wixui-section"><div class="wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2">Still have questions?</h2>
<p class="font_8">Consultations are available in English, Spanish and French, in person or by video.</p></div>
<a data-testid="linkElement" href="/book-online" class="wixui-button"><span class="wixui-button__label">Book a Consultation</span></a></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div data-testid="richTextElement"
class="wixui-rich-text"><p class="font_9">Okoro-Lindqvist Immigration Law
PLLC, 900 Meridian Avenue, Floor 3, Eastbrook</p><p class="font_9">© 2026 by Okoro-Lindqvist Immigration Law. Proudly created with Wix.com</p></div></footer>
</div></div></div>
<div id="WIX_ADS" class="wixui-ads"></div>
<div id="comp-chat" data-hook="chat-widget" class="wix-chat"><button aria-label="Open chat">Let's Chat!</button></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div data-hook="ccsu-banner-wrapper"
class="ccsu-banner"><p data-hook="ccsu-banner-text">This website
uses cookies. By continuing to browse, you agree to our use of cookies.</p><button data-hook="consent-banner-apply-button">Accept</button>
<button data-hook="consent-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js" async></script>
</div></body></html>`;
const wixFaq: TestPage = {
  name: 'heldout436-wix-immigration-faq-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gQA.map(([q]) => q),
  body: texts([...gIntro, ...gAnswers]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Okoro-Lindqvist Immigration Law', ...gNav, ...gTabs,
    'Information on this page is not legal advice. Reading it does not create an attorney-client relationship.', 'Still have questions?',
    'Consultations are available in English, Spanish and French, in person or by video.', 'Book a Consultation',
    'Okoro-Lindqvist Immigration Law PLLC, 900 Meridian Avenue, Floor 3, Eastbrook', '© 2026 by Okoro-Lindqvist Immigration Law. Proudly created with Wix.com',
    "Let's Chat!", 'This website uses cookies. By continuing to browse, you agree to our use of cookies.', 'Accept', 'Settings',
  ],
};

export const HELDOUT436_D: readonly TestPage[] = [wixFaq, legalAid];
