import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 179, file a2: a WHO news release on the Sitefinity site (skip link, the "Global" / regions switcher, the
 * language list, the main nav with its mega-menu texts, breadcrumbs, the date and "News release" type line, the "Reading
 * time" line, the share icons, the release text with a quote and a bulleted list, "Note to editors", the media contacts
 * cards, "Related" links, the newsletter sign-up and the footer with its cookie notice).
 */
const whTitle = 'New WHO guidance urges countries to protect newborns from extreme heat';
const whP1 = [
  'The World Health Organization (WHO) today published its first guidance on protecting newborns and young infants during heatwaves, warning that ' +
    'rising temperatures are putting the youngest children at growing risk of dehydration, heat stroke and death.',
  'The guidance, developed with paediatricians, midwives and climate scientists from 19 countries, sets out practical steps for health facilities ' +
    'and families, from keeping maternity wards cool to recognizing the early signs of heat illness in babies who cannot yet sweat efficiently.',
  '“Newborns are among the people least able to cope with heat, and they depend entirely on the adults around them,” said Dr Amara Sellevold, ' +
    'WHO Director for Maternal, Newborn, Child and Adolescent Health. “Simple measures, taken early, save lives.”',
];
const whH1 = 'Hotter days, higher risks';
const whP2 = [
  'Studies reviewed for the guidance found that the risk of a newborn being admitted to hospital rises by as much as 14% for each degree above ' +
    'the local heatwave threshold. Preterm babies, and those born in facilities without reliable electricity, face the greatest danger.',
  'Many maternity units in low- and middle-income countries were built without ventilation designed for today’s temperatures. In a survey of ' +
    '240 facilities across four regions, more than a third reported indoor temperatures above 32°C on the hottest days of 2024.',
];
const whH2 = 'What the guidance recommends';
const whP3 = ['The guidance calls on health authorities and facilities to:'];
const whList = [
  'include maternity and newborn wards in national heat–health action plans and early-warning systems;',
  'ensure that every maternity unit has a working thermometer in each room and a plan to cool rooms that become too hot;',
  'support exclusive breastfeeding during heatwaves, as breast milk provides the fluid young babies need;',
  'train health workers to recognize signs of heat stress, such as unusual sleepiness, fast breathing and fewer wet nappies; and',
  'give parents clear advice before discharge on keeping babies cool at home, including never leaving them in parked vehicles.',
];
const whP4 = [
  'WHO will support ministries of health in six countries to adapt and test the recommendations during the 2025 hot season, and will publish a ' +
    'review of that experience next year.',
  '“This is not only about building new hospitals,” said Dr Sellevold. “Shade, fans, open windows at night and a well-informed midwife can make ' +
    'a very large difference at very little cost.”',
];
const whH3 = 'Note to editors';
const whP5 = [
  'The guidance draws on a systematic review of 87 studies published between 2000 and 2024 and on consultations held in Dakar, Dhaka and Lima ' +
    'in late 2024.',
];
const whRegions = ['Global', 'Africa', 'Americas', 'South-East Asia', 'Europe', 'Eastern Mediterranean', 'Western Pacific'];
const whLangs = ['العربية', '中文', 'Français', 'Русский', 'Español'];
const whNav = ['Home', 'Health Topics', 'Countries', 'Newsroom', 'Emergencies', 'Data', 'About WHO'];
const whMega = [
  'All topics',
  'Resources',
  'Fact sheets',
  'Facts in pictures',
  'Multimedia',
  'Podcasts',
  'Publications',
  'Questions and answers',
  'Tools and toolkits',
];
const whShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const whContacts = [
  ['Ines Balogun', 'Communications Officer', 'WHO', 'balogunin@who.example', '+41 79 555 01 23'],
  ['WHO Media Team', 'World Health Organization', 'mediainquiries@who.example'],
];
const whRelated = ['Heat and health', 'Newborn health', 'Climate change and health', 'Heatwaves: how to stay safe'];
const whNews = ['Subscribe to our newsletters', 'Sign up to receive updates from WHO', 'Subscribe'];
const whFoot = [
  'Careers',
  'Frequently asked questions',
  'Employment Fraud',
  'Library',
  'Procurement',
  'Publications',
  'Report misconduct',
  'Privacy policy',
  'Terms of use',
  'Contact us',
  'Cybersecurity',
  'EB and WHA documentation',
];
const whCookie = 'This site uses cookies to optimize functionality and give you the best possible experience.';
const whH = (t: string): string => `<h3>${t}</h3>`;
const whHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${whTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Sitefinity 14.4.8145.0 DX"><meta property="og:title" content="${whTitle}"><meta property="og:type" content="website">
<meta property="og:url" content="https://www.who.int/news/item/08-04-2025-new-who-guidance-urges-countries-to-protect-newborns-from-extreme-heat">
<meta property="og:site_name" content="World Health Organization"><meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@WHO">
<meta name="description" content="WHO today published its first guidance on protecting newborns and young infants during heatwaves.">
<meta name="DC.date.created" content="2025-04-08"><meta name="DC.type" content="News release">
<link href="/ResourcePackages/WHO/assets/dist/styles/main.min.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${whTitle}","datePublished":"2025-04-08T12:00:00Z",
"publisher":{"@type":"Organization","name":"World Health Organization"}}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})
(window,document,'script','dataLayer','GTM-M5RB');</script>
</head><body class="news-item"><a class="skip-to-main" href="#main-content">Skip to main content</a>
<div class="top-navigation"><div class="container"><div class="top-navigation__regions dropdown"><button class="dropdown-toggle" data-toggle="dropdown"
aria-expanded="false">${whRegions[0]}</button><ul class="dropdown-menu">${links(whRegions.slice(1))}</ul></div>
<ul class="top-navigation__languages" aria-label="Select language">${links(whLangs, 'language-item')}</ul></div></div>
<header class="header" role="banner"><div class="container"><a class="header__logo" href="/"><img src="/images/default-source/infographics/who-emblem.png"
alt="World Health Organization"></a><form class="header__search" role="search"><input type="search" aria-label="Search" placeholder="Search">
<button type="submit" class="sr-only">Search</button></form></div><nav class="navbar" aria-label="Main"><ul class="navbar__list">${links(whNav, 'navbar__item')}
</ul><div class="navbar__mega" aria-hidden="true" style="display:none"><ul>${links(whMega)}</ul></div></nav></header>
<main id="main-content"><section class="sf-item-header-wrapper"><div class="container"><div class="breadcrumb"><a href="/">Home</a> / <a
href="/news-room">Newsroom</a> / <a href="/news">News</a> / <span>item</span> / <span>${whTitle}</span></div>
<div class="date"><span class="timestamp">8 April 2025</span> | <span class="sf-tags-list-item">News release</span></div>
<h1 class="sf-item-header-title">${whTitle}</h1><div class="reading-time">Reading time: 2 min (436 words)</div>
<div class="share-bar" aria-label="Share">${whShare
  .map(
    (s) => `<a class="share-bar__link" href="#" title="${s}"><span class="sr-only">${s}</span>
</a>`,
  )
  .join('')}</div>
</div></section><section class="sf-detail-body-wrapper"><div class="container"><article class="sf-detail-body">
${ps(whP1)}
${whH(whH1)}
${ps(whP2)}
${whH(whH2)}
${ps(whP3)}
<ul>${whList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(whP4)}
${whH(whH3)}
${ps(whP5)}
</article></div></section>
<section class="media-contacts"><div class="container"><h2 class="heading">Media Contacts</h2><div class="row">
${whContacts
  .map(
    (c) =>
      `<div class="col-md-6 media-contact"><div class="media-contact__name">${c[0]}</div>${c
        .slice(1)
        .map((l) => `<div>${l}</div>`)
        .join('')}</div>`,
  )
  .join('\n')}
</div></div></section>
<section class="related-links"><div class="container"><h2 class="heading">Related</h2><ul class="list-view">${links(whRelated, 'list-view--item')}</ul></div>
</section>
</main>
<section class="newsletter"><div class="container"><h2>${whNews[0]}</h2><p>${whNews[1]}</p><form><label for="nl-email" class="sr-only">Email</label>
<input id="nl-email" type="email" placeholder="Your email address"><button type="submit">${whNews[2]}</button></form></div></section>
<footer class="footer" role="contentinfo"><div class="container"><ul class="footer__links">${links(whFoot)}</ul>
<p class="footer__copyright">© 2025 WHO</p></div></footer>
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-live="polite"><p>${whCookie}</p><a href="/about/policies/privacy">Read more</a>
<button class="cookie-notice__accept">Accept</button><button class="cookie-notice__decline">Decline</button></div>
<script src="/ResourcePackages/WHO/assets/dist/scripts/main.min.js"></script></body></html>`;
export const whoRelease: TestPage = {
  html: whHtml,
  name: 'heldout179-who-news-release',
  kind: 'news',
  // "Note to editors" is part of the release (heading and body); the date is a byline and so is the reading time; the
  // "News release" type label, breadcrumbs, share icons, media contacts, related links, newsletter, footer and cookie notice
  // are furniture; the mega-menu is hidden furniture; the contact "WHO" alone is left out (a word of many lines)
  title: whTitle,
  headings: [whH1, whH2, whH3],
  body: [...texts(whP1), ...whP2, ...whP3, ...whList, ...texts(whP4), ...whP5],
  bylines: ['8 April 2025', 'Reading time: 2 min (436 words)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...whRegions, ...whLangs, 'Search', ...whNav, ...whMega, 'News', 'item', 'News release', ...whShare, 'Media Contacts',
    'Ines Balogun', 'Communications Officer', 'balogunin@who.example', '+41 79 555 01 23', 'WHO Media Team',
    'World Health Organization', 'mediainquiries@who.example', 'Related',
    ...whRelated, ...whNews, 'Email', ...whFoot, '© 2025 WHO', whCookie, 'Read more', 'Accept', 'Decline',
  ],
};
