import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 48, file b2: a Financial Times-style paywalled story on a made-up paper built from the same Origami components
 * (n-skip-link, o-header with drawer and search toggles, "Subscribe" and "Sign In", the metered-access o-message, the o-topper with
 * topic link, headline and standfirst, article-info byline with place names and o-date, the share and save tools, the "Editor's
 * Digest" sign-up above the body, the n-content-body with concept-tag links, an h2, a chart figure with source caption, a pull
 * quote and a "Recommended" aside, the copyright line, "Follow the topics in this article" with "Add to myFT" buttons, the comment
 * guidelines, the hidden subscription barrier, "Latest on Insurance" and the footer).
 */
const ftTitle = 'Insurers pull back from wildfire cover across southern France';
const ftStand = 'Premiums double in parts of Provence as reinsurers cap exposure after a third costly summer';
const ftBody1 = [
  'Insurers are withdrawing home cover from hundreds of villages in southern France after a third consecutive summer of wildfire losses, ' +
    'leaving homeowners in parts of Provence and the Var facing premiums that have doubled in two years or no offer at all.',
  'Assurances Mistral, one of the largest regional insurers, told brokers this month that it would stop writing new household policies in ' +
    '212 communes it classes as high risk from January, according to a letter seen by the <a class="n-content-tag" href="/lombard">Lombard ' +
    'Review</a>. Two other mutuals have quietly raised deductibles for fire damage to €10,000.',
  '“We are not leaving the south,” said Mathilde Roux, Assurances Mistral’s chief underwriting officer. “But we cannot price a house at the ' +
    'edge of a pine forest as if it were in the centre of Lyon any more.”',
];
const ftH = 'A market without a backstop';
const ftBody2 = [
  'The retreat reflects pressure further up the chain. <a class="n-content-tag" href="/reinsurance">Reinsurers</a> renewing French property ' +
    'treaties this autumn have cut the share of wildfire losses they will absorb, brokers said, after claims from the 2025 fire season ' +
    'reached an estimated €1.4bn, the highest on record.',
  'Unlike floods and storms, wildfire damage is not covered by France’s state-backed natural catastrophe scheme, which adds a fixed ' +
    'surcharge to every home policy and pays out when the government declares a disaster. Insurers carry the risk alone.',
  'Industry groups have lobbied for two years to bring wildfire into the scheme. The finance ministry said in September that it was studying ' +
    'the proposal but warned that it would mean raising the surcharge for all households, including those in cities far from any forest.',
  '“Somebody is going to pay, and the argument is only about who,” said Julien Batard, an analyst at Garonne Securities. He estimates that ' +
    'adding wildfire to the scheme would raise the surcharge by about a fifth.',
  'For homeowners, the effects are already visible. Estate agents in the hills above Toulon say buyers now ask for an insurance quote before ' +
    'they make an offer, and some banks have begun to require one before they approve a mortgage.',
  '“Two years ago nobody asked,” said Sandrine Vidal, who runs an agency in Le Beausset. “Now it is the second question, after the price.”',
];
const ftPull = '“We cannot price a house at the edge of a pine forest as if it were in the centre of Lyon any more”';
const ftChart = 'Insured wildfire losses in France (€bn). Source: Fédération des Assureurs Régionaux';
const ftNav = ['Home', 'World', 'Companies', 'Markets', 'Climate', 'Opinion', 'Work & Careers', 'Life & Arts'];
const ftMeter = 'You have 1 free article left this month.';
const ftDigestH = 'Unlock the Editor’s Digest for free';
const ftDigest = 'Martin Keogh, Editor of the Lombard Review, selects his favourite stories in this weekly newsletter.';
const ftRecommended = ['Reinsurers raise prices again as climate losses mount', 'Lex: the uninsurable home is a policy problem'];
const ftTopics = ['Insurance', 'French economy', 'Wildfires'];
const ftGuide =
  'Please keep comments respectful and on topic. Write in plain English for our readers around the world and avoid wording that could ' +
  'be read as offensive. By commenting you agree to our community guidelines.';
const ftBarrier = [
  'Subscribe to unlock this article',
  'Try unlimited access',
  'Only €1 for 4 weeks',
  'Then €69 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.',
  'Explore more offers.',
];
const ftLatest = ['Lloyd’s syndicates step back from Californian homes', 'Allianz unit to sell Italian life book', 'Swiss Re warns on secondary perils'];
// biome-ignore format: the footer link texts are packed several to a line to keep the file short
const ftFoot = [
  'Support', 'View Site Tips', 'Help Centre', 'Contact Us', 'About Us', 'Accessibility', 'Careers', 'Legal & Privacy', 'Terms & Conditions',
  'Privacy Policy', 'Cookie Policy', 'Manage Cookies', 'Copyright', 'Slavery Statement & Policies', 'Tools', 'Portfolio', 'Newsletters',
  'Currency Converter', 'Community & Events',
];
const ftFootNote = 'Markets data delayed by at least 15 minutes. © THE LOMBARD REVIEW LTD 2025. LR and ‘Lombard Review’ are trademarks of Lombard Review Ltd.';
const ftCookie =
  'We use cookies for a number of reasons, such as keeping our sites reliable and secure, personalising content and ads and analysing ' +
  'how our sites are used.';
const ftHtml = `<!DOCTYPE html>
<html lang="en-GB" class="o-typography-enabled core"><head><meta charset="utf-8"><title>${ftTitle}</title>
<meta property="og:site_name" content="Lombard Review"><link rel="stylesheet" href="https://www.lombardreview.example/__origami/service/build/v3/bundles/css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ftTitle}","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".n-content-body"},"datePublished":"2025-11-17T05:00:27.000Z"}</script>
<script>window.FT=window.FT||{};FT.flags={"barrierMessaging":true,"meteredAccess":true};</script></head>
<body data-trackable="page"><div class="n-skip-link"><a href="#site-navigation">Skip to navigation</a><a href="#site-content">Skip to content</a>
<a href="#site-footer">Skip to footer</a></div>
<header class="o-header o-header--simple" data-o-component="o-header"><div class="o-header__top"><a href="#o-header-drawer"
class="o-header__top-icon-link--menu"><span
class="o-header__top-link-label">Open side navigation menu</span></a><a href="#o-header-search-primary" class="o-header__top-icon-link--search"><span
class="o-header__top-link-label">Open search bar</span></a><a class="o-header__top-logo" href="/" title="Go to Lombard Review homepage"><span
class="o-header__visually-hidden">Lombard Review</span></a><a class="o-header__top-button" href="/products">Subscribe</a>
<a class="o-header__top-link" href="/login">Sign In</a></div><nav id="site-navigation" class="o-header__nav" aria-label="Primary navigation"><ul
class="o-header__nav-list">${links(ftNav, 'o-header__nav-item')}</ul></nav></header>
<div class="o-message o-message--notice-inner o-message--inform"
data-o-component="o-message"><div class="o-message__container"><p class="o-message__content-main">${ftMeter}
<a href="/products?segmentId=meter" class="o-message__actions__primary">Subscribe for full access</a></p></div></div>
<article id="site-content" class="article" data-trackable="article" data-content-id="5f1c9d7e-0b2a-4f3e-9a61-7d2e8c4b1a09">
<div class="o-topper o-topper--basic o-topper--color-paper"><div class="o-topper__content"><div class="o-topper__tags"><a href="/insurance"
class="o-topper__topic" data-trackable="primary-topic">Insurance</a></div><h1 class="o-topper__headline o-topper__headline--large"><span
class="headline__text">${ftTitle}</span></h1><div class="o-topper__standfirst">${ftStand}</div></div></div>
<div class="article-info"><div class="article-info__byline"><a href="/stream/author-garnier" class="n-content-tag--author">Élodie Garnier</a> in Paris and
<a href="/stream/author-hartley"
class="n-content-tag--author">Ben Hartley</a> in London</div><div class="article-info__time-byline"><time data-o-component="o-date"
class="article-info__timestamp o-date" datetime="2025-11-17T05:00:27.000Z">November 17 2025</time></div></div>
<div class="article__tools"><div class="o-share" data-o-component="o-share"><ul><li><a class="o-share__icon o-share__icon--x"
href="https://x.com/intent/tweet?..."><span
class="o-share__text">Share on X (opens new window)</span></a></li><li><a class="o-share__icon o-share__icon--linkedin"
href="https://www.linkedin.com/..."><span
class="o-share__text">Share on LinkedIn (opens new window)</span></a></li></ul></div><button class="save-button">Save</button>
<button class="gift-article__button">Gift this article</button><a href="javascript:window.print()" class="print-button">Print this page</a></div>
<div class="article__content-body"><aside class="n-content-body__digest"><h2 class="digest__title">${ftDigestH}</h2><p>${ftDigest}</p>
<form><label for="digest-email">Enter your email address</label><input id="digest-email" type="email"><button type="submit">Sign up</button></form></aside>
<div class="n-content-body js-article__content-body" id="article-body" data-attribute="article-body">
${ftBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="n-content-recommended"><h3
class="n-content-recommended__title">Recommended</h3><ul>${links(ftRecommended, 'n-content-recommended__item')}</ul></div>
<h2 class="n-content-heading-2" id="a-market-without-a-backstop">${ftH}</h2>
${ftBody2
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<figure class="n-content-image n-content-image--full"><img src="https://www.lombardreview.example/__origami/service/image/v2/images/raw/chart-7d2e.png"
alt="Column chart of insured wildfire losses in France"><figcaption class="n-content-image__caption">${ftChart}</figcaption></figure>
<blockquote class="n-content-pullquote"><div class="n-content-pullquote__content"><p>${ftPull}</p></div></blockquote>
${ftBody2
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div><p class="article__copyright-notice">Copyright The Lombard Review Limited 2025. All rights reserved.</p>
<a href="https://enterprise.lombardreview.example/reuse" class="article__reuse">Reuse this content (opens in new window)</a></div>
<div class="concept-list"><h2 class="concept-list__title">Follow the topics in this article</h2><ul>${[...ftTopics, 'Élodie Garnier', 'Ben Hartley']
  .map((t) => `<li><a href="/stream/${t}">${t}</a><button class="n-myft-follow-button" aria-label="Add ${t} to myFT">Add to myFT</button></li>`)
  .join('\n')}</ul></div>
<section id="comments" class="article__comments"><h2>Comments</h2><span class="comments-count">(143)</span><h3>Comment guidelines</h3><p>${ftGuide}</p>
<div id="coral_thread"></div></section></article>
<div class="js-barrier barrier" hidden aria-hidden="true">${ftBarrier.map((t, i) => (i === 0 ? `<h2>${t}</h2>` : `<p>${t}</p>`)).join('\n')}</div>
<aside class="onward-journey"><h2>Latest on Insurance</h2><ul>${links(ftLatest, 'o-teaser')}</ul></aside>
<footer id="site-footer" class="o-footer o-footer--theme-dark" data-o-component="o-footer"><ul class="o-footer__matrix">${links(ftFoot)}</ul>
<p class="o-footer__copyright">${ftFootNote}</p></footer>
<div class="o-cookie-message"
data-o-component="o-cookie-message"><p>${ftCookie}</p><a href="/preferences/manage-cookies">Manage cookies</a><button>Accept &amp; continue</button></div>
</body></html>`;
export const ftPaywalled: TestPage = {
  html: ftHtml,
  name: 'heldout48-ft-paywalled-story',
  kind: 'news',
  // the page holds the whole text (metered access), so all its paragraphs are body; the standfirst is body; the h2 is the
  // heading; the pull quote repeats a body sentence, shortened: in neither; the two author names and the date are bylines (the
  // names stand again in the topic follow list; "in Paris and", "in London" in neither); the meter message, the digest
  // sign-up, the "Recommended" aside, the chart caption with its source, share, save, gift and print tools, copyright, reuse,
  // follow topics with "Add to myFT", comment count and guidelines, the hidden barrier, "Latest on Insurance", the header,
  // skip links, footer and cookie message are furniture; "Insurance" (topic link, follow list) is a word of the body ("an
  // insurance quote"): left out, as are the logo's hidden "Lombard Review" and the nav's "Home" ("seen by the Lombard Review",
  // "home cover"); "Manage cookies" (banner) is listed once with the footer's "Manage Cookies"
  title: ftTitle,
  headings: [ftH],
  body: [ftStand, ...texts(ftBody1), ...texts(ftBody2)],
  bylines: ['Élodie Garnier', 'Ben Hartley', 'November 17 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Skip to footer', 'Open side navigation menu', 'Open search bar', 'Subscribe', 'Sign In',
    ...ftNav.filter((t) => t !== 'Home'), ftMeter, 'Subscribe for full access', ...ftTopics.slice(1), 'Share on X (opens new window)',
    'Share on LinkedIn (opens new window)', 'Save', 'Gift this article', 'Print this page', ftDigestH, ftDigest, 'Enter your email address', 'Sign up',
    'Recommended', ...ftRecommended, ftChart, 'Copyright The Lombard Review Limited 2025. All rights reserved.', 'Reuse this content (opens in new window)',
    'Follow the topics in this article', 'Add to myFT', 'Comments', '(143)', 'Comment guidelines', ftGuide, ...ftBarrier, 'Latest on Insurance', ...ftLatest,
    ...ftFoot, ftFootNote, ftCookie, 'Accept & continue',
  ],
};
