import { links, ps, type TestPage, texts } from './page-kit.js';
import { seriesStory } from './pages-heldout104-b2.js';

/**
 * Held-out batch 104, file b: a news story on a CNN-style "stellar" template (the "Editor’s note:" paragraph as the first
 * paragraph of the article content, the inline "Place (ANN) —" source cite in the first story paragraph, the byline with
 * the "Updated" timestamp, the lead image with caption and credit, an inline "Related article" card and ad slot, the
 * "Sign up for our newsletter" box, the "More from ANN" rail, the ad feedback link, the OneTrust banner and footer) and,
 * from file b2, a magazine story opened by "This story is part of our series ...".
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const cTitle = 'A flower thought lost for 80 years is blooming again on a remote mountain ridge';
const cNote = 'Editor’s note: A version of this story appeared in ANN’s Field Notes newsletter. Sign up for free to get it in your inbox every Thursday.';
const cLead = `<cite class="source__cite"><span class="source__location">Puerto Alcina, Valdora </span><span class="source__text">(ANN)</span> — </cite>`;
const cP1 = paras(`
${cLead}For eight decades, the only proof that the ridge orchid existed was a single pressed specimen in a museum drawer, collected
by a botanist in 1944 and labelled in pencil with a place name nobody could find on a map.

Now a team of researchers says it has found more than 200 of the plants growing in a cloud forest on the Sierra Manco, a line of
steep peaks in northern Valdora, about 40 kilometers from where the original specimen was thought to have been collected.

"We walked past it twice," said Lucía Ferrán, a botanist at the University of Puerto Alcina who led the search. "It is tiny,
it grows on moss-covered branches, and it only flowers for about three weeks a year. If you are not there at exactly the
right time, you would never know it was there."`);
const cH1 = 'A pencil note and a mule track';
const cP2 = paras(`
The breakthrough came from the archive rather than the field. Ferrán's colleague, Tomás Quiroga, spent months reading the
diaries of the 1944 collector and noticed that the place name on the specimen label matched an old mule track marked on a
military map from the 1930s.

The track has long since disappeared under forest, but the team followed its route using satellite images and reached the
ridge last October, just as the rainy season was ending. They found the first flowering plant on their fourth day.

The orchid, which has purple-striped petals smaller than a fingernail, grows only where clouds pass over the ridge almost
every afternoon. The researchers believe that constant moisture is why it survives there and nowhere else they have looked.`);
const cH2 = 'Fragile future';
const cP3 = paras(`
The discovery, described this week in the journal Neotropical Plant Records, comes with a warning. The ridge lies just outside
a national park, and land on its lower slopes has been cleared for cattle over the past decade.

Quiroga said the team had shared the exact location only with park authorities and was asking the government to extend the
protected area to include the ridge. "Finding it again is the easy part," he said. "Keeping it is going to be much harder."

Other botanists welcomed the find. Ines Maldonado, who studies rare plants at a botanical garden in the capital, said it showed
how much remained unknown in the country's cloud forests. "Every time someone goes up one of these ridges properly, they come
back with something," she said.`);
const cNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather'];
const cCap = 'The ridge orchid grows on moss-covered branches in the cloud forest of the Sierra Manco.';
const cRelated = 'Scientists rediscover a frog last seen in 1991';
const cNews = ['Sign up for ANN’s Field Notes newsletter.', 'Explore the universe with news on fascinating discoveries, scientific advancements and more.'];
const cMore = [
  'Giant tortoises return to an island after 150 years',
  'Why this beetle glows only on moonless nights',
  'What a 5,000-year-old seed can tell us',
];
const cFoot = ['Terms of Use', 'Privacy Policy', 'Manage Cookies', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts'];
const cCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, ' +
  'analyze site usage, and assist in our marketing efforts.';
const cHtml = `<!DOCTYPE html>
<html lang="en" data-uri="ann.example/_pages/clz1@published" data-layout-uri="ann.example/_layouts/layout-with-rail/instances/science-v1@published">
<head><meta charset="utf-8"><title>Ridge orchid thought lost for 80 years found in Valdora | ANN</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Researchers found more than 200 of the plants in a cloud forest.">
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="article"><meta name="author" content="Rafael Ortiz">
<meta property="article:published_time" content="2025-05-05T09:00:12.391Z"><meta name="section" content="science">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cTitle}","author":[{"@type":"Person",
"name":"Rafael Ortiz"}],
"datePublished":"2025-05-05T09:00:12.391Z","dateModified":"2025-05-05T11:14:04.120Z","publisher":{"@type":"Organization","name":"ANN"}}</script>
<script>window.env={"SITE":"ann","EDITION":"domestic"};</script><script src="https://www.ann.example/media/sites/js/ann/main.bundle.js" defer></script></head>
<body class="layout layout-with-rail__body"><div class="header" data-editable="header"><header class="header__wrapper-outer"><div class="header__container">
<a class="brand-logo" href="/" title="ANN logo"><span class="brand-logo__text">ANN</span></a>
<nav class="header__nav-container" aria-label="Main"><ul class="header__nav">${links(cNav, 'header__nav-item')}</ul></nav>
<div class="header__right"><a class="header__watch" href="/live-tv">Watch</a><a class="header__listen" href="/audio">Listen</a>
<a class="header__live" href="/live-tv">Live TV</a><button class="header__search-icon" aria-label="Search">Search</button>
<a class="user-account-nav__text-link" href="/account/log-in">Sign in</a></div></div></header></div>
<section class="layout__content-wrapper layout-with-rail__content-wrapper"><section class="layout__top layout-with-rail__top">
<div class="headline headline--has-lowertext" data-editable="headline"><div class="headline__wrapper">
<h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">${cTitle}</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text">
<div class="byline vossi-byline" data-editable="byline">
<div class="byline__images"><img class="byline__image" alt="Rafael Ortiz" src="https://media.ann.example/headshots/rafael-ortiz.png"></div>
<div class="byline__names"><span class="byline__name">Rafael Ortiz</span>, <span class="byline__source">ANN</span></div></div>
<div class="headline__sub-description"><span class="timestamp__read-time">4 min read</span></div>
<div class="timestamp vossi-timestamp" data-editable="settings">Updated 7:14 AM EDT, Mon May 5, 2025</div></div></div></div></div></section>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main-wrapper layout-with-rail__main-wrapper">
<section class="layout__main layout-with-rail__main"><div class="article__lede-wrapper"><div class="image image__hide-placeholder" data-editable="settings">
<div class="image__container"><picture class="image__picture">
<img src="https://media.ann.example/api/v1/images/ridge-orchid.jpg?q=w_1160,c_fill" alt="A small purple
orchid on a mossy branch" class="image__dam-img" onload="this.classList.remove('image__dam-img--loading')"></picture></div>
<div class="image__metadata"><div itemprop="caption" class="image__caption attribution"><span data-editable="metaCaption">${cCap}</span></div>
<figcaption class="image__credit">Lucía Ferrán/University of Puerto Alcina</figcaption></div></div></div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"><em>${cNote}</em></p>
${ps(cP1, ' class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"')}
<h2 class="subheader" data-editable="text" data-component-name="subheader">${cH1}</h2>
${ps(cP2.slice(0, 2), ' class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"')}
<div class="related-content related-content--article" data-component-name="related-content"><span class="related-content__label">Related article</span>
<a class="related-content__link" href="/2025/03/12/science/frog-rediscovered"><span class="related-content__headline-text">${cRelated}</span></a></div>
${ps(cP2.slice(2), ' class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"')}
<div class="ad-slot-dynamic ad-slot-header__wrapper" data-unselectable="true"><div class="ad-slot-dynamic__content"><div class="ad-feedback-link-container">
<button class="ad-feedback-link__label">Ad Feedback</button></div></div></div>
<h2 class="subheader" data-editable="text" data-component-name="subheader">${cH2}</h2>
${ps(cP3, ' class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"')}
</div></div>
<div class="newsletter-signup" data-component-name="newsletter-signup"><h3 class="newsletter-signup__title">${cNews[0]}</h3>
<p class="newsletter-signup__description">${cNews[1]}</p><label for="nl">Enter your email</label><input id="nl" type="email">
<button class="newsletter-signup__button">Sign Me Up</button><p class="newsletter-signup__legal">By subscribing, you agree to our privacy policy.</p></div>
</section></section>
<section class="layout__right layout-with-rail__right"><div class="container__title"><h2 class="container__title-text">More from ANN</h2></div>
<ul class="container__field-links">${links(cMore, 'container__item')}</ul>
<div class="ad-slot-rail"><span class="ad-feedback__label">Advertisement</span></div></section></section></section>
<footer class="footer" data-editable="footer"><nav class="footer__links"><ul>${links(cFoot, 'footer__links-list-item')}</ul></nav>
<p class="footer__copyright-text">© 2025 Atlas News Network. All Rights Reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${cCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></body></html>`;
const ann: TestPage = {
  name: 'heldout104-ann-stellar-editors-note',
  kind: 'news',
  html: cHtml,
  // the "Editor's note" paragraph is furniture though it is the first <p> of the article content; the inline source cite
  // ("Puerto Alcina, Valdora (ANN) —") is part of its paragraph, so body
  title: cTitle,
  headings: [cH1, cH2],
  body: texts([...cP1, ...cP2, ...cP3]),
  bylines: ['Rafael Ortiz', '4 min read', 'Updated 7:14 AM EDT, Mon May 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Watch', 'Listen', 'Live TV', 'Search', 'Sign in', cCap, 'Lucía Ferrán/University of Puerto Alcina', cNote, 'Related article', cRelated,
    'Ad Feedback', ...cNews, 'Enter your email', 'Sign Me Up', 'By subscribing, you agree to our privacy policy.', 'More from ANN', ...cMore,
    'Advertisement', ...cFoot, '© 2025 Atlas News Network. All Rights Reserved.', cCookie, 'Cookies Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT104_B: readonly TestPage[] = [ann, seriesStory];
