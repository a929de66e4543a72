import { links, ps, type TestPage } from './page-kit.js';
import { euronewsStory } from './pages-heldout204-d2.js';

/**
 * Held-out batch 204, file d: an RFI English story (the RFI header with the language switcher and "Live" radio button, the
 * section nav, the "t-content" article with its "chapo" lead, the "Issued on" / "Modified" dates and reading time, the
 * author line, the share buttons, the lead image caption with credit, "Advertising" slots, in-text "Read also" links,
 * the tags, the "Subscribe" newsletter promo, "Also in" rail, the Didomi consent notice and the footer) and, from file d2, a
 * Euronews story.
 */
const rfiTitle = 'Paris bakeries turn to shared ovens as energy costs squeeze small businesses';
const rfiChapo =
  'A network of neighbourhood bakeries in eastern Paris has started sharing a single industrial oven to cut electricity ' +
  'bills, a model the city now wants to expand.';
const rfiP = [
  'At four in the morning, the lights are already on at a former printing works in the 20th arrondissement. Inside, bakers from ' +
    'five different shops take turns sliding trays of baguettes and croissants into a large gas-and-electric oven installed last autumn.',
  'The arrangement, known as the “four partagé” (shared oven), was set up by a cooperative of independent bakers after their energy ' +
    'bills doubled in two years. Each member pays a monthly fee and books time slots through a simple online calendar.',
  '“My old oven was twenty years old and used a fortune in electricity,” said Karim Benali, who runs a bakery near Place Gambetta. ' +
    '“Replacing it would have cost me 40,000 euros. Here, I pay a fraction of that and the bread is better.”',
];
const rfiH1 = 'City hall backs the model';
const rfiP2 = [
  'The city of Paris contributed 150,000 euros to the project through its fund for local shops, and deputy mayor for commerce ' +
    'Hélène Morvan said she hoped to see similar shared kitchens in at least three other districts by 2028.',
  'Independent bakeries are a symbol of Paris neighbourhood life, but their number has fallen by about 10 percent over the past ' +
    'decade, according to the city’s chamber of trades, as rents and costs have risen.',
  '“If we lose the bakery, we lose the life of the street,” Morvan told RFI.',
];
const rfiH2 = 'Not for everyone';
const rfiP3 = [
  'Not all bakers are convinced. Some say that baking away from the shop means losing the smell of fresh bread that draws in ' +
    'customers, and that moving trays through the streets before dawn adds work and risk.',
  'Sandrine Lefort, president of the Paris bakers’ union, said shared ovens could help young bakers starting out, but warned ' +
    'that they were no substitute for wider help with energy prices.',
  '“It’s a good idea, but it doesn’t solve the problem for the 1,100 bakers in Paris who still work alone,” she said.',
  'The cooperative says it has a waiting list of eight bakeries and is looking for a second site.',
];
const rfiNav = ['France', 'Africa', 'Europe', 'Asia-Pacific', 'Americas', 'Middle East', 'Environment', 'Culture', 'Sport', 'Podcasts'];
const rfiLangs = ['Français', 'English', 'Español', 'Português', 'Kiswahili', '中文'];
const rfiCaption = 'Bakers load trays into the shared oven in Paris’s 20th arrondissement, 12 September 2026.';
const rfiCredit = '© RFI/Clémence Dufour';
const rfiAlso = ['Read also', 'French small businesses warn of closures as energy support ends', 'The baguette joins Unesco heritage list'];
const rfiTags = ['France', 'Paris', 'Energy', 'Small business', 'Food'];
const rfiNews = ['Daily newsletter', 'Receive essential international news every morning', 'Subscribe'];
const rfiRail = ['Also in France', 'Paris metro line 15 opening delayed to 2027', 'Farmers block roads in Brittany over milk prices'];
const rfiConsent = 'With your agreement, we and our partners use cookies or similar technologies to store, access, and process personal data.';
const rfiFoot = ['About RFI', 'Contact', 'Terms of use', 'Personal data', 'Cookies', 'Accessibility: partially compliant', 'Press'];
const rfiHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Paris bakeries turn to shared ovens as energy costs squeeze small businesses</title>
<meta name="description" content="${rfiChapo}"><meta property="og:site_name" content="RFI"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.rfi.fr/en/france/20260914-paris-bakeries-turn-to-shared-ovens-energy-costs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rfiTitle}",
"datePublished":"2026-09-14T14:20:00+00:00",
"dateModified":"2026-09-14T16:05:00+00:00","author":[{"@type":"Person","name":"Clémence Dufour"}],"publisher":{"@type":"Organization","name":"RFI"}}</script>
<script>var didomiConfig={};window.fmmAds={"site":"rfi","lang":"en"};</script></head>
<body class="o-body"><header class="o-header"><div class="o-header__top"><a class="o-header__logo" href="/en/"><span class="u-visually-hidden">RFI</span></a>
<ul class="o-header__langs">${links(rfiLangs, 'o-header__lang')}</ul><a class="m-live-button" href="/en/live">Live</a></div>
<nav class="o-header__nav" aria-label="Main menu"><ul>${links(rfiNav, 'o-header__nav-item')}</ul></nav></header>
<main class="o-layout"><article class="t-content t-content--article">
<div class="t-content__section-pt"><a href="/en/france/">France</a></div>
<h1 class="t-content__title a-page-title">${rfiTitle}</h1><p class="t-content__chapo">${rfiChapo}</p>
<div class="t-content__dates m-pub-dates"><span class="m-pub-dates__date">Issued on: <time datetime="2026-09-14T14:20:00+00:00">14/09/2026 - 16:20</time></span>
<span class="m-pub-dates__date">Modified: <time datetime="2026-09-14T16:05:00+00:00">14/09/2026 - 18:05</time></span>
<span class="m-reading-time">3 min</span></div>
<div class="t-content__authors"><span class="m-from-author">By: </span>
<a class="m-from-author__name" href="/en/authors/clemence-dufour/">Clémence Dufour</a></div>
<div class="m-social-buttons"><a href="#" class="m-social-buttons__item">Facebook</a><a href="#" class="m-social-buttons__item">X</a>
<a href="#" class="m-social-buttons__item">Email</a><button class="m-social-buttons__item">Copy link</button></div>
<figure class="t-content__main-media m-figure"><img alt="" src="https://s.rfi.fr/media/display/shared-oven.jpg">
<figcaption class="m-figure__caption">${rfiCaption} <span class="m-figure__copyright">${rfiCredit}</span></figcaption></figure>
<div class="t-content__body u-clearfix">
${ps(rfiP)}
<div class="o-self-promo m-item-list-article"><span class="m-interstitial__label">${rfiAlso[0]}</span><ul>${links(rfiAlso.slice(1))}</ul></div>
<div class="o-ad-container"><span class="o-ad-container__label">Advertising</span><div id="dfp-ad-inread"></div></div>
<h2>${rfiH1}</h2>
${ps(rfiP2)}
<h2>${rfiH2}</h2>
${ps(rfiP3)}
</div>
<div class="m-tags-list"><span class="m-tags-list__title">Tags</span><ul>${links(rfiTags, 'm-tags-list__item')}</ul></div></article>
<aside class="o-newsletter-promo"><h2>${rfiNews[0]}</h2><p>${rfiNews[1]}</p><a href="/en/newsletters/" class="a-btn">${rfiNews[2]}</a></aside>
<aside class="o-rail"><h2>${rfiRail[0]}</h2><ul>${links(rfiRail.slice(1))}</ul><div class="o-ad-container"><span>Advertising</span></div></aside></main>
<footer class="o-footer"><ul>${links(rfiFoot, 'o-footer__item')}</ul><p>RFI is part of France Médias Monde</p></footer>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog" aria-label="Consent"><p>${rfiConsent}</p>
<button id="didomi-notice-agree-button">Accept</button><button id="didomi-notice-disagree-button">Refuse</button>
<button class="didomi-notice-learn-more">Learn more</button></div></div>
<script src="https://www.rfi.fr/build/app.js" defer></script></body></html>`;
const rfi: TestPage = {
  html: rfiHtml,
  name: 'heldout204-rfi-english-news',
  kind: 'news',
  // the chapo is body; the dates, reading time and author are bylines; the section label, language switcher, share
  // buttons, caption and credit, "Read also" block, ad labels, tags, newsletter promo, rail, consent and footer are furniture
  title: rfiTitle,
  headings: [rfiH1, rfiH2],
  body: [rfiChapo, ...rfiP, ...rfiP2, ...rfiP3],
  bylines: ['Issued on: 14/09/2026 - 16:20', 'Modified: 14/09/2026 - 18:05', '3 min', 'By: Clémence Dufour'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rfiLangs, 'Live', ...rfiNav, 'Facebook', 'Email', 'Copy link', rfiCaption, rfiCredit, ...rfiAlso, 'Advertising', 'Tags', 'Paris', 'Energy',
    'Small business', 'Food', ...rfiNews, ...rfiRail, ...rfiFoot, 'RFI is part of France Médias Monde', rfiConsent, 'Accept', 'Refuse', 'Learn more',
  ],
};

export const HELDOUT204_D: readonly TestPage[] = [rfi, euronewsStory];
