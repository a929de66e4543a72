import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 65, file f2: a France 24 article on its own template (the header with the edition switcher, "Live" and
 * section nav, the "Europe" kicker, headline and chapo, the "Issued on:" / "Modified:" dates and reading time, the
 * share bar, the lead image with its "©" credit, the body with an h2 subhead and an inline "Read more" box, the
 * "(FRANCE 24 with AFP)" line, the tags, the "Daily newsletter" box, "Related content"/"Most read" lists, the "Download the
 * app" block, the Didomi consent notice and the footer).
 */
const f24Title = 'France to pay winegrowers to uproot 30,000 hectares of vines as demand slumps';
const f24Chapo =
  'The government will spend €120 million helping growers pull up vines as French wine consumption falls and exports slow, ' +
  'the agriculture ministry said on Wednesday.';
const f24Body1 = [
  'France will pay winegrowers to tear out up to 30,000 hectares of vineyards over the next two years, the agriculture ministry ' +
    'announced on Wednesday, in the latest effort to shrink a sector struggling with falling demand at home and abroad.',
  'Growers who sign up will receive €4,000 per hectare to uproot their vines, on condition that they do not replant them for at ' +
    'least six years. The scheme, funded jointly by the French state and the European Union, will open for applications in ' +
    'January.',
  'The Bordeaux region, where overproduction has driven bulk wine prices below the cost of production for several years, is ' +
    'expected to account for around half of the land removed. Growers in the Languedoc and the Rhône valley are also eligible.',
  '"This is not a plan we are happy about, but it is a plan that reflects reality," said Pascal Roumier, head of a winegrowers\' ' +
    'union in the Gironde. "Some families have been losing money on every bottle for five years."',
  'French wine consumption has fallen by more than 60 percent since the 1960s, and younger consumers increasingly favour beer, ' +
    'spirits and alcohol-free drinks. Exports, which had held the industry up, have also weakened, with shipments to China and ' +
    'the United States both down this year.',
];
const f24H1 = "'Not a long-term answer'";
const f24Body2 = [
  "Some economists warned that uprooting vines on its own would not solve the sector's problems. Élodie Marchetti, an " +
    'agricultural economist at the University of Montpellier, said previous schemes had brought only temporary relief.',
  '"We have paid people to pull up vines several times before, and each time production crept back," she said. "Without a plan ' +
    'for what grows on that land next, we will be having the same conversation in ten years."',
  'The ministry said it would offer additional support to growers who convert uprooted land to other crops, such as olives, ' +
    'almonds or cereals, or to hedgerows and woodland. Details of that scheme are expected early next year.',
  "Winegrowers' groups have also called on the government to help them sell surplus wine for distillation into industrial " +
    'alcohol, a measure used in 2023 and 2024.',
];
const f24Nav = ['France', 'Africa', 'Middle East', 'Americas', 'Europe', 'Asia-Pacific', 'Business / Tech', 'Sport', 'Culture', 'Environment', 'Video'];
const f24Editions = ['Français', 'English', 'Español', 'العربية'];
const f24Share = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share on Telegram', 'Share on LinkedIn', 'Copy link'];
const f24ReadMore = 'In Bordeaux, winegrowers turn to distilleries as prices collapse';
const f24Tags = ['Agriculture', 'Wine', 'Economy'];
const f24Related = [
  'French farmers block motorways in protest over trade deal',
  'Champagne harvest begins early after record summer heat',
  'Why young French drinkers are turning away from wine',
];
const f24Most = ['Live: Ukraine war updates', 'Paris Saint-Germain sign Brazilian winger', 'Floods cut off villages in southern Spain'];
const f24Foot = [
  'Legal information',
  'Privacy policy',
  'Cookie policy',
  'Cookies settings',
  'Contact us',
  'Our journalists',
  'Accessibility: partially compliant',
];
const f24Cap = 'A winegrower walks between rows of vines near Saint-Émilion, in the Bordeaux region, on October 3, 2025.';
const f24P = (ps: readonly string[]): string => ps.map((p) => `<p>${p.replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</p>`).join('\n');
const f24Html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${f24Title} - France 24</title>
<meta name="description" content="${f24Chapo}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${f24Title}","datePublished":"2025-11-12T14:32:00+01:00",
"dateModified":"2025-11-12T16:05:00+01:00","author":[{"@type":"Organization","name":"FRANCE 24"}],"publisher":{"@type":"NewsMediaOrganization",
"name":"France 24"}}</script>
<script>window.didomiConfig = {"app":{"apiKey":"8a1f2c0e","privacyPolicyURL":"https://www.france24.com/en/privacy-policy"}};
var tc_vars = {"env_template":"article","page_cat1":"europe","page_cat2":"france","page_lang":"en"};</script>
<style>.t-content__body p{font-size:1.125rem}.o-site-header__editions{display:flex}</style></head>
<body class="o-layout o-layout--article"><a class="a-skip-link" href="#main">Skip to main content</a>
<header class="o-site-header"><a class="o-site-header__logo" href="/en/" aria-label="France 24"><svg aria-hidden="true"></svg></a>
<ul class="o-site-header__editions">${f24Editions.map((t) => `<li><a href="/" lang="x">${t}</a></li>`).join('')}</ul>
<a class="o-site-header__live a-live-button" href="/en/live">Live</a>
<nav class="o-site-nav" aria-label="Main menu"><ul>${links(f24Nav, 'o-site-nav__item')}</ul></nav></header>
<main id="main" class="o-layout__main"><article class="t-content t-content--article">
<div class="t-content__header"><a class="a-kicker" href="/en/europe/">Europe</a>
<h1 class="t-content__title a-page-title">${f24Title}</h1><p class="t-content__chapo">${f24Chapo}</p>
<div class="t-content__metas"><p class="m-pub-dates"><span class="m-pub-dates__label">Issued on:</span> <time datetime="2025-11-12T14:32:00+01:00">12/11/2025
 - 14:32</time><span class="m-pub-dates__label">Modified:</span> <time datetime="2025-11-12T16:05:00+01:00">12/11/2025 - 16:05</time></p>
<p class="m-read-time"><span>3 min</span> <span class="m-read-time__label">Reading time</span></p></div>
<div class="m-share-bar"><ul>${f24Share
  .map(
    (t) => `<li><button class="m-share-bar__btn" title="${t}"><span class="u-visually-hidden">${t}</span></button>
</li>`,
  )
  .join('')}</ul></div></div>
<figure class="m-figure m-figure--16x9"><picture><img src="https://s.france24.com/media/display/vineyard-bordeaux.jpg" alt="${f24Cap}" loading="eager">
</picture>
<figcaption class="m-figure__caption"><span class="m-figure__caption-text">${f24Cap}</span> ©
<span class="m-figure__copyright">Philippe Lopez, AFP</span></figcaption></figure>
<div class="t-content__body u-clearfix">
${f24P(f24Body1.slice(0, 3))}
<div class="m-em-related-content"><span class="m-em-related-content__label">Read more</span><a href="/en/france/20251003-bordeaux-winegrowers-distilleries">
${f24ReadMore}</a></div>
${f24P(f24Body1.slice(3))}
<div class="o-ad-container o-ad-container--inread"><span class="o-ad-container__label">Advertising</span></div>
<h2>${f24H1.replace(/'/g, '&#39;')}</h2>
${f24P(f24Body2)}
<p><em>(FRANCE 24 with AFP)</em></p>
</div>
<div class="m-tags-list"><ul>${links(f24Tags, 'm-tags-list__item')}</ul></div>
<section class="m-newsletter"><h3>Daily newsletter</h3><p>Receive essential international news every morning</p>
<a class="a-btn" href="/en/newsletters/">Subscribe</a>
</section></article>
<aside class="o-layout__aside"><section class="m-item-list"><h2>Related content</h2><ul>${links(f24Related, 'm-item-list__item')}</ul></section>
<section class="m-item-list m-item-list--most-read"><h2>Most read</h2><ol>${links(f24Most, 'm-item-list__item')}</ol></section></aside>
<section class="m-app-promo"><p>Take international news everywhere with you! Download the France 24 app</p>
<a href="https://apps.apple.com/app/france-24/id1111111">App Store</a>
<a href="https://play.google.com/store/apps/details?id=com.france24.androidapp">Google Play</a>
</section></main>
<footer class="o-site-footer"><p class="o-site-footer__group">France Médias Monde</p><ul>${links(f24Foot, 'o-site-footer__link')}</ul>
<p class="o-site-footer__copyright">© 2025 Copyright France 24 - All rights reserved</p></footer>
<div id="didomi-host" aria-hidden="false"><div class="didomi-popup-notice" role="dialog"><p>With your agreement, we and our partners use cookies or
 similar technologies to store and access personal information such as your visit on this website.</p><button id="didomi-notice-agree-button">Accept
 &amp; Close</button><button id="didomi-notice-disagree-button">Continue without agreeing</button><button>Customize</button></div></div>
<noscript><img src="https://logs1412.xiti.com/hit.xiti?s=577283&amp;p=article" alt=""></noscript>
</body></html>`;
export const france24Article: TestPage = {
  html: f24Html,
  name: 'heldout65-france24-article',
  kind: 'news',
  // the chapo (standfirst) is body; the quoted h2 subhead is the heading. Bylines: the "Issued on:" and "Modified:" dates
  // (the labels in neither) and the closing "(FRANCE 24 with AFP)" line (the story's only author line: the page shows no
  // reporter name). Furniture: the "Europe" kicker (also a nav item: once), reading time, share bar, the caption with its
  // "©" credit, the inline "Read more" box, the ad label, the tags, the newsletter box, "Related content", "Most read", the
  // app promo, the consent notice, skip link, editions, header, nav and footer. Left out as words of the title or body:
  // the nav's "France" and the tags "Wine" and "Agriculture"; the editions' "English" is not a word of the body: kept
  title: f24Title,
  headings: [f24H1],
  body: [f24Chapo, ...texts(f24Body1), ...texts(f24Body2)],
  bylines: ['12/11/2025 - 14:32', '12/11/2025 - 16:05', '(FRANCE 24 with AFP)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...f24Editions, 'Live', ...f24Nav.filter((t) => t !== 'France'), '3 min', 'Reading time', ...f24Share, f24Cap,
    'Philippe Lopez, AFP', 'Read more', f24ReadMore, 'Advertising', ...f24Tags.filter((t) => t !== 'Wine' && t !== 'Agriculture'), 'Daily newsletter',
    'Receive essential international news every morning', 'Subscribe', 'Related content', ...f24Related, 'Most read', ...f24Most,
    'Take international news everywhere with you! Download the France 24 app', 'App Store', 'Google Play', 'France Médias Monde', ...f24Foot,
    '© 2025 Copyright France 24 - All rights reserved',
    'With your agreement, we and our partners use cookies or similar technologies to store and access personal information such as your visit on this website.',
    'Accept & Close', 'Continue without agreeing', 'Customize',
  ],
};
