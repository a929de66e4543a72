import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page a2: an Al Jazeera English shape news story ("Al Manara"): skip links, the header menu, topics line,
 * subhead, author and screen-reader date, audio player, share and save buttons, the featured image with a bracketed credit,
 * the "Recommended Stories" list with screen-reader "list n of 4" texts inside the article text, mid-article ad slots and a
 * newsletter sign-up, the "Source:" line, the "Most Read" rail, the footer and the OneTrust consent banner.
 */
export const title = 'Fishers in Marenia’s south fear for reef as desalination plant expands';
export const subhead = 'Fishers say brine from a state-run plant is killing the sea grass where fish breed, as the government pushes to double its output.';
export const blocks: readonly Block[] = [
  [
    'p',
    'Fishers in the southern town of Port Kessa say the catch in the shallow bays north of the harbour has fallen by more than half since the ' +
      'state water company began testing a second intake pipe at its desalination plant last spring.',
  ],
  [
    'p',
    'The Qadira Water Company plans to double the plant’s output by 2027, a project the government says is needed to supply the fast-growing ' +
      'coastal cities of southern Marenia, where summer temperatures now regularly pass 48 degrees Celsius (118 degrees Fahrenheit).',
  ],
  [
    'p',
    'But the men who have worked the reef for generations say the warm, salty brine pumped back into the sea is already killing the sea grass ' +
      'where grouper and rabbitfish breed.',
  ],
  [
    'p',
    '“My father fished here, and his father before him,” said Yusuf Halabi, 58, pulling a near-empty net onto the deck of his wooden boat at ' +
      'dawn. “Last week I came back with four fish. Four. You cannot feed a family on four fish.”',
  ],
  ['h2', '‘The brine goes where the fish are’'],
  [
    'p',
    'The plant, which opened in 2012 on a headland three kilometres (two miles) north of the harbour, turns seawater into drinking water for ' +
      'about 900,000 people. For every litre of fresh water it produces, it returns roughly one and a half litres of brine, nearly twice as ' +
      'salty as the sea around it.',
  ],
  [
    'p',
    'Noor Zeidan, a marine biologist at the University of Qadira who has surveyed the bay since 2016, said her team’s latest dives found ' +
      'that sea grass cover near the outfall had dropped from about 60 percent to less than 20 percent in three years.',
  ],
  [
    'p',
    '“The brine is heavier than seawater, so it sinks and spreads along the bottom,” Zeidan told Al Manara. “The bay is shallow and ' +
      'enclosed. The brine goes exactly where the fish are.”',
  ],
  [
    'p',
    'She said the damage could be limited if the company moved the outfall into deeper water and fitted diffusers to mix the brine more ' +
      'quickly, measures that are standard at newer plants in the region.',
  ],
  ['h2', 'Government defends expansion'],
  [
    'p',
    'Water Minister Tarek Ismaili rejected claims that the plant was to blame for the fall in catches, pointing instead to overfishing ' +
      'and a marine heatwave that struck the southern coast in the summer of 2024.',
  ],
  [
    'p',
    '“We monitor the water quality every day, and the results are published,” Ismaili told a news conference in the capital, Qadira, on ' +
      'Tuesday. “Nobody is going to be left without drinking water in the hottest months because of rumours.”',
  ],
  [
    'p',
    'The ministry said the new intake would be fitted with screens to protect fish larvae and that an environmental review had found ' +
      '“no significant long-term impact” on the bay.',
  ],
  [
    'p',
    'Fishing cooperatives in Port Kessa say they were never shown the review. Last month, about 200 fishers blocked the harbour road for ' +
      'six hours, demanding that the document be made public and that the expansion be paused until an independent study is completed.',
  ],
  [
    'p',
    'Hana Othman, who heads the town’s largest cooperative, said members had little choice but to protest. Many have taken on debt to ' +
      'repair boats and engines, she said, and some younger fishers have already left for construction jobs in the cities.',
  ],
  ['p', '“We are not against water. Everyone here needs water,” Othman said. “We are against a plan that treats our bay as a drain.”'],
  ['p', 'The company has said it will hold public consultations in Port Kessa before construction of the second phase begins in March. No date has been set.'],
];
export const skip = ['Skip links', 'Skip to Content'];
export const nav = ['News', 'Middle East', 'Explained', 'Opinion', 'Sport', 'Video', 'More'];
export const header = ['Al Manara', 'Live', 'Click here to search', 'Sign up'];
export const topics = ['Environment'];
export const audio = ['Listen to this article', '4 min'];
export const share = ['Click here to share on social media', 'Share', 'Save'];
export const caption = 'Fishers unload their catch at the harbour in Port Kessa, southern Marenia, on November 8, 2025 [Lina Haddad/Al Manara]';
export const recommended = [
  'Photos: Heatwave pushes southern Marenia’s power grid to the brink',
  'Drought leaves thousands of farmers in the Sahel hills without a harvest',
  'Why the world’s desalination boom worries marine scientists',
  'Qadira residents queue for water as summer cuts deepen',
];
export const recLabels = ['Recommended Stories', 'list of 4 items', 'list 1 of 4', 'list 2 of 4', 'list 3 of 4', 'list 4 of 4', 'end of list'];
export const newsletter = [
  'Sign up for Al Manara',
  'Week in the Middle East',
  'Catch up on our coverage of the region, all in one place.',
  'Subscribe',
  'By signing up, you agree to our Privacy Policy',
  'protected by reCAPTCHA',
];
export const source = 'Source: Al Manara';
export const mostRead = [
  'Ceasefire talks stall as negotiators leave the capital',
  'Photos: Pilgrims gather at the shrine of Sidi Amran',
  'How a fuel subsidy cut emptied the streets of Beit Harun',
  'Football: Marenia stun hosts to reach the Gulf Cup final',
];
export const footHeads = ['About', 'Connect', 'Our Channels', 'Our Network'];
export const footLinks = [
  'About Us',
  'Code of Ethics',
  'Terms and Conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Cookie Preferences',
  'Sitemap',
  'Work for us',
  'Contact Us',
  'Advertise with us',
  'Newsletters',
  'Submit a Tip',
];
export const channels = ['Al Manara Arabic', 'Al Manara Documentary', 'Al Manara Balkans'];
export const network = ['Al Manara Centre for Studies', 'Al Manara Media Institute'];
export const footEnd = ['Follow Al Manara English:', '© 2025 Al Manara Media Network'];
export const consent =
  'We and our partners use cookies and similar technologies to understand how you use our website, to personalise content and to measure our audience.';
export const consentButtons = ['Allow All', 'Reject All', 'Manage Preferences'];
export const bylines = ['Lina Haddad', 'Published On 12 Nov 2025', '12 Nov 2025'];

const ad = (n: number): string => `<div class="container--ads container--ads-mpu ad-container--${n}" data-testid="ad-slot">
<span class="advertisement-label">Advertisement</span><div id="dfp-ad-mpu${n}" class="ads-slot" data-ad-unit="/8288/aje/news/mpu${n}"></div></div>`;
const more = `<div class="more-on css-1m2s8fn"><div class="more-on__header"><h2 class="more-on__heading">${recLabels[0]}</h2></div>
<span class="screen-reader-text">${recLabels[1]}</span>
<ul class="more-on__list">
${recommended
  .map(
    (t, i) => `<li class="more-on__item"><span class="screen-reader-text">${recLabels[i + 2]}</span>
<article class="gc gc--type-post gc--list gc--with-image-small"><div class="gc__content"><div class="gc__header-wrap">
<h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2025/11/${i + 3}/story-${i}"><span>${t}</span></a></h3></div></div>
<div class="gc__image-wrap"><img loading="lazy" class="gc__image" alt="" src="/wp-content/uploads/2025/11/rec-${i}.jpg?w=140"></div></article></li>`,
  )
  .join('\n')}
</ul><span class="screen-reader-text">${recLabels[6]}</span></div>`;
const signup = `<div class="article-newsletter-slot"><div class="newsletter-inline"><h2 class="newsletter-inline__title">${newsletter[0]}</h2>
<p class="newsletter-inline__name">${newsletter[1]}</p><p class="newsletter-inline__text">${newsletter[2]}</p>
<form class="newsletter-inline__form"><label class="screen-reader-text" for="nl-email">Email address</label>
<input id="nl-email" type="email" placeholder="E.g., [email protected]"><button type="submit" class="button button--primary">${newsletter[3]}</button></form>
<p class="newsletter-inline__legal"><span>${newsletter[4]}</span></p><p class="newsletter-inline__recaptcha">${newsletter[5]}</p></div></div>`;

export const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${title} | Environment News | Al Manara</title>
<meta name="description" content="${subhead}"/><link rel="canonical" href="https://www.almanara.net/news/2025/11/12/fishers-in-marenias-south-fear-for-reef"/>
<meta property="og:type" content="article"/><meta property="og:title" content="${title}"/><meta property="og:site_name" content="Al Manara"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="pageType" content="Article"/><meta name="primaryTopic" content="Environment"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T09:41:12Z",
"dateModified":"2025-11-12T09:41:12Z","author":[{"@type":"Person","name":"Lina Haddad","url":"https://www.almanara.net/author/lina_haddad"}],
"publisher":{"@type":"Organization","name":"Al Manara","logo":{"@type":"ImageObject","url":"https://www.almanara.net/images/logo_ame.png"}}}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="3f1c0b9e-ame" charset="UTF-8"></script>
<link rel="stylesheet" href="/static/css/main.7c2e1d.css"/></head>
<body class="single-post post-template-default theme-ame"><div id="root"><div class="site-layout">
<div class="skip-links-container"><span class="screen-reader-text">${skip[0]}</span>
<a class="skip-link" href="#main-content-area">${skip[1]}</a></div>
<div class="container container--header"><header class="header-menu"><div class="site-header">
<div class="site-header__logo"><a href="/" aria-label="Al Manara homepage"><span class="screen-reader-text">${header[0]}</span>
<svg class="site-logo" viewBox="0 0 120 48" aria-hidden="true"><use href="#ame-logo"></use></svg></a></div>
<nav class="site-header__navigation" aria-label="Primary navigation menu"><ul class="menu header-menu">
${nav
  .map(
    (t, i) => `<li class="menu__item menu__item--ame${i === 6 ? ' menu__item--has-submenu' : ''}">
<a class="menu__link" href="/${t.toLowerCase().replace(' ', '-')}/"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="site-header__live-cta"><a class="live-cta" href="/live/"><span class="live-cta__dot"></span><span>${header[1]}</span></a></div>
<div class="site-header__search-trigger"><button type="button" class="no-styles-button"><span class="screen-reader-text">${header[2]}</span>
<svg viewBox="0 0 20 20" class="icon icon--search"><title>search</title></svg></button></div>
<div class="site-header__account"><a class="button button--small" href="/newsletters/">${header[3]}</a></div></div></header></div>
<div class="container container--white container--content"><main id="main-content-area" class="article-main l-col l-col--8">
<header class="article-header"><div class="article-header__topics"><div class="topics"><a class="topics__link" href="/news/">${nav[0]}</a>
<span class="topics__separator">|</span>
<a class="topics__link" href="/tag/environment/">${topics[0]}</a></div></div>
<h1>${title}</h1>
<p class="article__subhead css-1wt8oh6"><em>${subhead}</em></p></header>
<div class="article-info-block css-ti04u9"><div class="article-author"><div class="article-author-name">
<span class="article-author-name-item"><a class="author-link" href="/author/lina_haddad">${bylines[0]}</a></span></div></div>
<div class="article-dates"><div class="date-simple css-1yjq2zp"><span class="screen-reader-text">${bylines[1]}</span>
<span aria-hidden="true">${bylines[2]}</span></div></div></div>
<div class="article-audio"><div class="audio-player" data-testid="article-audio"><button class="audio-player__play" aria-label="Play">
<span class="audio-player__label">${audio[0]}</span></button><span class="audio-player__duration">${audio[1]}</span></div></div>
<div class="article-info-block__share"><div class="article-share" role="region" aria-label="Social Share">
<span class="screen-reader-text">${share[0]}</span><ul class="social-share__list">
<li><button class="share-button" aria-label="facebook"><svg><use href="#facebook"></use></svg></button></li>
<li><button class="share-button" aria-label="twitter"><svg><use href="#twitter"></use></svg></button></li>
<li><button class="share-button" aria-label="whatsapp"><svg><use href="#whatsapp"></use></svg></button></li>
<li><button class="share-button share-button--more"><span>${share[1]}</span></button></li></ul>
<button class="article-save-button" aria-label="Save"><svg><use href="#bookmark"></use></svg><span>${share[2]}</span></button></div></div>
<figure class="article-featured-image"><div class="responsive-image"><img loading="lazy" src="/wp-content/uploads/2025/11/port-kessa.jpg?resize=770%2C513"
alt="Fishing boats in Port Kessa harbour"></div><figcaption>${caption}</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content css-1vkfgk0" aria-live="polite" aria-atomic="true">
${render(blocks, {}, { 2: more, 4: ad(1), 9: signup, 13: ad(2) })}
</div><div class="article-source"><p>${source}</p></div></main>
<aside class="l-col l-col--4 sidebar" aria-label="Most Read"><div class="trending-articles"><h2 class="trending-articles__heading">Most Read</h2>
<ol class="trending-articles__list">
${mostRead
  .map(
    (t, i) => `<li class="trending-articles__item"><span class="trending-articles__rank">${i + 1}</span>
<h3 class="article-trending__title"><a href="/news/mr-${i}"><span>${t}</span></a></h3></li>`,
  )
  .join('\n')}
</ol></div>${ad(3)}</aside></div>
<footer class="site-footer"><div class="site-footer__row">
${footHeads
  .map(
    (h, i) => `<div class="site-footer__column"><h2 class="site-footer__heading">${h}</h2><ul class="menu footer-menu">
${links(i === 0 ? footLinks.slice(0, 8) : i === 1 ? footLinks.slice(8) : i === 2 ? channels : network, 'menu__item')}</ul></div>`,
  )
  .join('\n')}
</div><div class="site-footer__social"><span>${footEnd[0]}</span></div><p class="site-footer__copyright">${footEnd[1]}</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">${consent}</p></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">${consentButtons[0]}</button><button id="onetrust-reject-all-handler">${consentButtons[1]}</button>
<button id="onetrust-pc-btn-handler">${consentButtons[2]}</button></div></div></div></div></div>
<script src="/static/js/main.4f0c2a.js" defer></script></body></html>`;
