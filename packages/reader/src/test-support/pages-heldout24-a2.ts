import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 24, file a2: a Nikkei Asia / Financial Times-style paywalled business story as a non-subscriber sees it
 * (masthead with edition switch, section nav, topic breadcrumb, headline and standfirst, byline with the "Nikkei staff writers"
 * line and the date, "Save" and share buttons, lead image with caption, the free first paragraphs with the inline dateline,
 * the fade and the subscription wall with its offers and "Sign in" link, the "Latest on" rail, a "Most read" list, the
 * consent manager and the footer).
 */
const pwTitle = 'Japanese lenders race to fund battery plants as Southeast Asia courts EV makers';
const pwStand = 'Megabanks commit more than $6bn in a year to projects in Thailand and Indonesia';
const pwBody = [
  'TOKYO -- Japan’s three largest banks have lent more than $6 billion to electric-vehicle battery projects in Southeast Asia over ' +
    'the past 12 months, according to deal data compiled by Nikkei, as governments in the region offer tax breaks to lure ' +
    'carmakers away from China.',
  'Much of the money has gone to cell plants in Thailand’s Eastern Economic Corridor and to nickel processing on the Indonesian ' +
    'island of Sulawesi, where Japanese trading houses have taken minority stakes alongside Chinese and Korean partners.',
  '"Two years ago these were projects we would only look at with an export credit agency behind us," said Haruto Isobe, who ' +
    'heads project finance for Asia at one of the three lenders. "Now the credit committee sees them as ordinary infrastructure."',
  'The shift reflects both a rush of demand and a change in how the banks judge risk. Thailand has promised tax holidays of up to ' +
    'eight years for battery makers that localize cell production by 2027, while Indonesia has banned exports of raw nickel ore ' +
    'to force processing onshore. Both policies give lenders more certainty that a plant will find buyers for what it makes.',
];
const pwNav = ['Home', 'Latest', 'Business', 'Markets', 'Tech', 'Politics & Policy', 'Opinion', 'Life & Arts', 'Podcasts'];
const pwOffers = ['Digital', 'Just $0.99 for your first month', 'Then $39 per month', 'Cancel anytime'];
const pwPerks = ['Unlimited access to Nikkei Asia articles and analysis', 'The Asia300 index and company data', 'Exclusive newsletters and events'];
const pwLatest = [
  'Thai cabinet extends EV subsidy scheme to 2028',
  'Indonesian nickel smelter output hits record',
  'Toyota weighs second battery line in Chachoengsao',
];
const pwMost = ['Yen slides past 160 as BOJ holds', 'China’s solar glut reaches Vietnam', 'SoftBank’s new fund targets robotics'];
const pwFoot = ['About us', 'Contact us', 'Help', 'Terms of use', 'Privacy & cookies', 'Copyright', 'Manage cookies'];
const pwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pwTitle} - Nikkei Asia</title>
<meta name="robots" content="max-snippet:-1"><meta property="article:content_tier" content="locked">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pwTitle}","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall-content"},"datePublished":"2025-12-02T05:30:00+09:00"}</script>
<script>window.__NEXT_DATA__={"props":{"pageProps":{"articleId":"NA-20251202-EV-BANKS","paywall":true}}};</script></head>
<body><div id="__next"><div data-trackable="consent-manager" class="o-cookie-message" role="region" aria-label="Cookie consent">
<p class="o-cookie-message__heading">Cookies on Nikkei Asia</p>
<p>We use cookies and other data for a number of reasons, such as keeping the site reliable and secure and showing relevant ads.</p>
<button class="o-cookie-message__button">Accept &amp; continue</button><a href="/cookie-settings">Manage cookies</a></div>
<header class="ezr6d4e0 header"><div class="header__top"><span class="header__edition">Asia edition</span>
<a class="header__logo" href="/">Nikkei Asia</a><a class="header__subscribe" href="/subscribe">Subscribe</a><a href="/login">Sign in</a></div>
<nav class="header__nav" data-trackable="header-nav"><ul>${links(pwNav, 'header__nav-item')}</ul></nav></header>
<main id="site-content" class="ezr6d4e1"><article class="article" data-content-id="NA-20251202-EV-BANKS">
<div class="article-header"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/business">Business</a></li>
<li><a href="/business/automobiles">Automobiles</a></li></ol></nav>
<h1 class="article-header__title"><span>${pwTitle}</span></h1>
<p class="article-header__subtitle" data-testid="standfirst">${pwStand}</p>
<div class="article-header__byline"><div class="byline__authors"><a href="/author/mariko-tan">MARIKO TAN</a> and
<a href="/author/kenji-arai">KENJI ARAI</a>, Nikkei staff writers</div>
<time class="byline__date" datetime="2025-12-02T05:30:00+09:00">December 2, 2025 05:30 JST</time></div>
<div class="article-header__tools"><button class="save-button" aria-label="Save article">Save</button>
<button class="share-button" aria-haspopup="true">Share</button><button class="gift-button" disabled>Gift article</button></div></div>
<figure class="article__image"><img src="https://www.ft-static.example/images/ev-battery-thailand.jpg" alt="">
<figcaption><span class="caption">A battery module line at a plant in Rayong province, Thailand.</span>
<span class="credit">© Reuters</span></figcaption></figure>
<div class="article__body paywall-content ezr6d4e2" data-trackable="article-body">
${pwBody.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="paywall-fade" aria-hidden="true"></div>
<section class="paywall" data-trackable="barrier" id="barrier-page"><h2 class="paywall__heading">Subscribe to read the full story</h2>
<p class="paywall__lede">Get unlimited access to Nikkei Asia’s coverage of the region’s businesses, economies and politics.</p>
<div class="paywall__offer">${pwOffers.map((t, i) => `<p class="paywall__offer-${i}">${t}</p>`).join('')}
<a class="paywall__cta" href="/subscribe?barrier=article">Subscribe now</a></div>
<ul class="paywall__perks">${pwPerks.map((t) => `<li>${t}</li>`).join('')}</ul>
<p class="paywall__signin">Already a subscriber? <a href="/login?barrier=article">Sign in</a></p>
<p class="paywall__group">Purchasing for a team? <a href="/group-subscriptions">Group subscriptions</a></p></section>
</article>
<aside class="related" data-trackable="latest-on"><h2>Latest on Automobiles</h2><ul>${links(pwLatest, 'related__item')}</ul></aside>
<aside class="most-read" data-trackable="most-read"><h2>Most read</h2>
<ol>${pwMost.map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ol></aside></main>
<footer class="footer"><ul>${links(pwFoot)}</ul>
<p>Nikkei Inc. No reproduction without permission.</p></footer></div>
<noscript><p>Please enable JavaScript to read Nikkei Asia.</p></noscript></body></html>`;
export const paywallStory: TestPage = {
  html: pwHtml,
  name: 'heldout24-paywalled-business-story',
  kind: 'news',
  // the body is the standfirst and the four free paragraphs, nothing of the wall; the "TOKYO --" dateline is inline in the
  // first paragraph, so it stays body (it cannot be cut out of it); the two author names and the date are the bylines (", Nikkei
  // staff writers" and "and" in neither); breadcrumb, tool buttons, caption and credit, the wall (heading, lede, offers, perks,
  // sign-in and group lines), rails, consent box, header, footer and noscript are furniture; "Business", "Sign in" and
  // "Manage cookies" stand twice on the page (listed once)
  title: pwTitle,
  headings: [],
  body: [pwStand, ...texts(pwBody)],
  bylines: ['MARIKO TAN', 'KENJI ARAI', 'December 2, 2025 05:30 JST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Nikkei Asia',
    'We use cookies and other data for a number of reasons, such as keeping the site reliable and secure and showing relevant ads.',
    'Accept & continue', 'Asia edition', 'Nikkei Asia', 'Subscribe', 'Sign in', ...pwNav, 'Automobiles', 'Save', 'Share', 'Gift article',
    'A battery module line at a plant in Rayong province, Thailand.', '© Reuters', 'Subscribe to read the full story',
    'Get unlimited access to Nikkei Asia’s coverage of the region’s businesses, economies and politics.', ...pwOffers, 'Subscribe now',
    ...pwPerks, 'Already a subscriber?', 'Purchasing for a team?', 'Group subscriptions', 'Latest on Automobiles', ...pwLatest,
    'Most read', ...pwMost, ...pwFoot, 'Nikkei Inc. No reproduction without permission.', 'Please enable JavaScript to read Nikkei Asia.',
  ],
};
