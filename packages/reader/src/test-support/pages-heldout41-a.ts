import { links, type TestPage, texts } from './page-kit.js';
import { politico } from './pages-heldout41-a2.js';

/**
 * Held-out batch 41, file a: an Al Jazeera English news article (skip links, logo, primary nav with "Show more" buttons
 * and the Live link, topic breadcrumb, headline, italic subhead, the "Listen to this article" player, the date written
 * twice for screen readers, share and save buttons, the lead photo with its bracketed credit, a "Recommended Stories"
 * list placed after the second paragraph with its screen-reader counts, an ad label, a newsletter box, the closing
 * "Source" line, the "Most Read" list, the OneTrust cookie banner and the four-column footer).
 */
const ajTitle = 'Kenya’s tea growers turn to geothermal steam as power bills bite';
const ajDek = 'A factory near Naivasha says steam from the Rift Valley has halved its energy costs, but smallholders say little of the saving reaches them.';
const ajBody1 = [
  'A tea factory in Kenya’s Rift Valley has become the first in the country to dry its leaf entirely with steam piped from a ' +
    '<a href="/tag/renewable-energy/">geothermal field</a>, a shift its managers say has halved their energy bill and ended ' +
    'the factory’s reliance on firewood.',
  'The Kiptangwa Tea Factory, owned by about 6,800 smallholder farmers in Nakuru County, began taking steam from a nearby well ' +
    'operated by the state-owned Geothermal Development Company in September, after two years of negotiations and a pipeline that ' +
    'cost 410 million Kenyan shillings ($3.2m).',
];
const ajBody2 = [
  '“Before this, we were burning close to 40 lorries of eucalyptus a month,” said the factory’s general manager, Wilfred ' +
    'Chepkoech. “The price of wood went up every season and the smoke went straight into the village.”',
  'Tea is one of Kenya’s largest export earners, and processing it is energy hungry: freshly plucked leaf must be withered, rolled ' +
    'and dried within hours of picking, and most of the country’s factories still rely on wood-fired boilers backed up by ' +
    'diesel generators.',
];
const ajH = '‘The saving must reach the farm’';
const ajBody3 = [
  'Farmers who supply the factory welcomed the change but said they had yet to see any benefit in the monthly payments they ' +
    'receive for green leaf, which have barely moved in three years while fertiliser prices have nearly doubled.',
  '“They tell us the factory is saving money. Good. But the saving must reach the farm,” said Esther Wanjiku, who grows tea on ' +
    'just under a hectare outside the town of Olenguruone. “Otherwise it is only the machines that are doing well.”',
  'The factory’s board said it would use the first year of savings to repay the loan that financed the pipeline, and would ' +
    'consider a higher bonus payment to growers from 2027.',
  'Energy analysts say the project could be copied elsewhere in the Rift, where several of Kenya’s more than 70 tea factories ' +
    'sit within a few kilometres of existing or planned wells. But the cost of pipelines and the uneven pressure of some wells ' +
    'mean the model will not suit every site, according to Amina Barasa, a researcher at the Nairobi-based Centre for Energy Access.',
  '“Geothermal steam is cheap once it is flowing, but getting it to the factory gate is the expensive part,” she said. ' +
    '“Factories that are 20 or 30 kilometres from a well will still need other options.”',
  'Kenya already generates close to half of its electricity from <a href="/where/kenya/">geothermal power</a>, most of it from ' +
    'the fields around Lake Naivasha and Menengai. Using the steam directly for heat, rather than turning it into electricity ' +
    'first, wastes less of its energy, engineers say.',
];
const ajNav = ['News', 'Middle East', 'Explained', 'Opinion', 'Sport', 'Video'];
const ajRec = [
  'Kenyan court halts sale of state-owned sugar mills',
  'Ethiopia’s coffee farmers count the cost of new export rules',
  'Maize prices in Horn of Africa climb to five-year high',
  'Photos: The salt harvesters of Lake Magadi',
];
const ajMost = [
  'Floods cut off towns in southern Mozambique as rivers burst banks',
  'Why is the price of cocoa falling after two record years?',
  'Live: Talks resume in Doha as envoys push for prisoner exchange',
  'Nigeria’s naira steadies after central bank intervention',
];
const ajFootAbout = ['About Us', 'Code of Ethics', 'Terms and conditions', 'EU/EEA Regulatory Notice', 'Privacy Policy', 'Cookie Policy'];
const ajFootConnect = ['Contact Us', 'User Accounts Help', 'Advertise with us', 'Stay Connected', 'Newsletters', 'Channel Finder', 'TV Schedule'];
const ajFootChannels = ['Al Jazeera Arabic', 'Al Jazeera English', 'Al Jazeera Investigative Unit', 'Al Jazeera Mubasher', 'AJ+'];
const sr = (t: string): string => `<span class="screen-reader-text">${t}</span>`;
const ajHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${ajTitle} | Business and Economy News | Al Jazeera</title>
<meta name="description" content="${ajDek}"><link rel="canonical" href="https://www.aljazeera.com/economy/2025/12/3/kenyas-tea-growers-turn-to-geothermal">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ajTitle}","datePublished":"2025-12-03T09:14:22Z",
"author":{"@type":"Organization","name":"Al Jazeera","url":"https://www.aljazeera.com"},"publisher":{"@type":"Organization","name":"Al Jazeera"}}</script>
<style data-emotion="css 1vsenwb">.css-1vsenwb{position:relative;}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"Article","articleSource":"Al Jazeera and news agencies"});</script>
</head><body class="ltr"><div id="root"><div class="skip-links" aria-label="Skip links">
<a class="skip-link" href="#featured-news-container">Skip to Featured Content</a><a class="skip-link" href="#news-feed-container">Skip to Content Feed</a></div>
<div class="container container--header"><header class="site-header"><div class="site-header__logo"><a href="/">${sr('Al Jazeera')}<svg
class="site-logo"></svg></a></div>
<nav class="site-header__navigation" aria-label="Primary navigation"><ul class="menu header-menu">
${ajNav.map((t) => `<li class="menu__item menu__item--aje"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"><span>${t}</span></a></li>`).join('\n')}
<li class="menu__item menu__item--has-submenu"><button aria-expanded="false"><span>More</span>${sr('Show more sections')}</button></li></ul></nav>
<div class="site-header__live-menu"><a class="live-button" href="/live/"><span class="live-button__text">Live</span></a></div>
<div class="site-header__search-trigger"><button>${sr('Click here to search')}<svg aria-hidden="true"></svg></button></div></header></div>
<div class="container container--ads container--ads-leaderboard"><div class="ads__label" aria-hidden="true">Advertisement</div>
<div id="leaderboard" class="ads"></div></div>
<main id="main-content-area" class="container container--white container--article-page"><div class="l-col l-col--8">
<header class="article-header"><div class="topics"><a class="topics__link" href="/economy/">Economy</a></div>
<h1>${ajTitle}</h1><p class="article__subhead css-1wt8oh6"><em>${ajDek}</em></p></header>
<div class="article-info-block css-ti04u9"><div class="article-audio"><button class="audio-player__play-button">${sr('Play')}<svg></svg></button>
<span class="audio-player__label">Listen to this article</span><span class="audio-player__duration">4 mins</span></div>
<div class="article-dates"><div class="date-simple css-1yjq2zp">${sr('Published On 3 Dec 2025')}<span aria-hidden="true">3 Dec 2025</span></div></div>
<div class="article-share"><ul class="social-share"><li class="social-share__item"><button class="social-share__button">
${sr('Click here to share on social media')}<svg viewBox="0 0 20 20"><title>share2</title><path d="M16 13"></path></svg></button></li>
<li class="social-share__item"><button class="article-save" aria-describedby="save-tip"><span>Save</span></button>
<div role="tooltip" id="save-tip" class="tooltip">Save articles to read later and create your own reading list.</div></li></ul></div></div>
<figure class="article-featured-image"><div class="responsive-image"><img loading="lazy" src="/wp-content/uploads/2025/12/tea-leaf.jpg?resize=770%2C513"
alt="Workers carry sacks of green leaf"></div><figcaption>Workers carry freshly picked leaf to the Kiptangwa factory near Naivasha, Kenya
[File: Brian Otieno/Reuters]</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content css-1vsenwb" aria-live="polite" aria-atomic="true">
${ajBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="more-on container--more-on"><h2 class="more-on__heading">Recommended Stories</h2>${sr('list of 4 items')}<ul class="more-on__list">
${ajRec.map((t, i) => `<li class="more-on__item">${sr(`list ${i + 1} of 4`)}<a class="more-on__link" href="/news/${i}"><span>${t}</span></a></li>`).join('\n')}
</ul>${sr('end of list')}</div>
${ajBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="container--ads container--ads-mpu"><div id="article-mpu-1" class="ads"></div></div>
<h2>${ajH}</h2>
${ajBody3
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="newsletter-subscription"><h3 class="newsletter-subscription__title">Sign up for Al Jazeera</h3>
<h4 class="newsletter-subscription__name">Africa in Focus Newsletter</h4>
<p class="newsletter-subscription__description">Our editors’ pick of the stories shaping the continent, every Friday.</p>
<form><label for="nl-email" class="screen-reader-text">E-mail address</label><input id="nl-email" type="email" placeholder="E-mail address">
<button type="submit">Subscribe</button></form><p class="newsletter-subscription__legal">By signing up, you agree to our
<a href="/privacy-policy/">Privacy Policy</a></p><p class="newsletter-subscription__recaptcha">protected by reCAPTCHA</p></div>
${ajBody3
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div><div class="article-source">Source: Al Jazeera and news agencies</div></div>
<aside class="l-col l-col--4"><section class="most-read-container"><h2 class="most-read-container__title">Most Read</h2>${sr('list of 4 items')}
<ol>${ajMost.map((t, i) => `<li class="most-read__item">${sr(`list ${i + 1} of 4`)}<a href="/news/m${i}"><span>${t}</span></a></li>`).join('\n')}</ol>
${sr('end of list')}</section></aside></main>
<footer class="footer"><div class="footer__menus"><div class="footer-menu"><h3>About</h3><ul>${links(ajFootAbout)}</ul></div>
<div class="footer-menu"><h3>Connect</h3><ul>${links(ajFootConnect)}</ul></div>
<div class="footer-menu"><h3>Our Channels</h3><ul>${links(ajFootChannels)}</ul></div></div>
<div class="footer__social"><span class="footer__social-title">Follow Al Jazeera English:</span></div>
<p class="footer__copyright">© 2025 Al Jazeera Media Network</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our partners use cookies and similar technologies to
personalise content and ads, to provide social media features and to analyse our traffic.</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Allow All</button></div></div></div>
<script src="/static/js/main.5c1f0e.js" defer></script></body></html>`;
const alJazeera: TestPage = {
  html: ajHtml,
  name: 'heldout41-al-jazeera',
  kind: 'news',
  // the italic subhead is the dek: body; the single h2 is the heading. The story has no author: its datelines are the date
  // (written twice, once for screen readers) and the closing "Source: Al Jazeera and news agencies" line, both bylines. The
  // "Recommended Stories" list inside the article text, its screen-reader counts ("list 1 of 4", "end of list"), the topic
  // link, the player, share/save buttons and tooltip, the caption with its credit, the newsletter box, "Most Read", ad label,
  // skip links, nav, cookie banner and footer are furniture; the svg title "share2" too. The footer head "About" is a body
  // word ("about 6,800"): left out; the nav's "More" button too, as a bare button word
  title: ajTitle,
  headings: [ajH],
  body: [ajDek, ...texts(ajBody1), ...texts(ajBody2), ...texts(ajBody3)],
  bylines: ['3 Dec 2025', 'Source: Al Jazeera and news agencies'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Featured Content', 'Skip to Content Feed', 'Al Jazeera', ...ajNav, 'Show more sections', 'Live', 'Click here to search', 'Advertisement',
    'Economy', 'Play', 'Listen to this article', '4 mins', 'Click here to share on social media', 'share2', 'Save',
    'Save articles to read later and create your own reading list.',
    'Workers carry freshly picked leaf to the Kiptangwa factory near Naivasha, Kenya [File: Brian Otieno/Reuters]',
    'Recommended Stories', 'list of 4 items', 'list 1 of 4', 'list 4 of 4', 'end of list', ...ajRec, 'Sign up for Al Jazeera',
    'Africa in Focus Newsletter', 'Our editors’ pick of the stories shaping the continent, every Friday.', 'E-mail address', 'Subscribe',
    'By signing up, you agree to our Privacy Policy', 'protected by reCAPTCHA', 'Most Read', ...ajMost, ...ajFootAbout, 'Connect',
    ...ajFootConnect, 'Our Channels', ...ajFootChannels, 'Follow Al Jazeera English:', '© 2025 Al Jazeera Media Network', 'We value your privacy',
    'We and our partners use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.',
    'Cookie Settings', 'Reject All', 'Allow All',
  ],
};

export const HELDOUT41_A: readonly TestPage[] = [alJazeera, politico];
