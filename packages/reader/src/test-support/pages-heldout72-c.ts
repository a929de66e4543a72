import { links, type TestPage, texts } from './page-kit.js';
import { reutersStory } from './pages-heldout72-c2.js';

/**
 * Held-out batch 72, file c: a CNN story on the Stellar template (header nav with "Subscribe", "Sign in" and "Watch"/"Listen"
 * and "Live TV", the headline, the byline with "By", the author link and ", CNN", the "Updated" timestamp, the share bar, the
 * lead image with caption and credit, the italic "Editor’s Note" newsletter promo as the first paragraph of the article text,
 * the "Lisbon, Portugal CNN —" source line, "Ad Feedback" slots, a "Related article" box and a "Sign up for CNN’s ...
 * newsletter" signup box between paragraphs, "More from CNN", "Paid Partner Content" and the footer); and a Reuters story
 * (file c2).
 */
const cnTitle = 'A marine heat wave wiped out nearly all the kelp off Portugal’s Costa Serrana in weeks, scientists say';
const cnNote = 'Editor’s Note: A version of this story appears in CNN’s Ground Truth climate newsletter. To get it in your inbox, sign up for free here.';
const cnBody1 = [
  'When Inês Carvalho dived off the rocky headland at Praia do Corvo last September, she expected to swim through the ' +
    'forest of golden kelp she has studied for a decade. Instead she found bare rock, grazed clean by sea urchins, with only a ' +
    'few torn stalks still clinging to it.',
  '“It was like walking into your house and finding the walls gone,” said Carvalho, a marine ecologist at the University of ' +
    'Aveira. “I surfaced and just sat in the boat for a long time.”',
  'A study published Wednesday in the journal Marine Ecology Letters found that a marine heat wave in the summer of 2024 killed ' +
    'about 94% of the kelp along a 60-kilometer stretch of the Costa Serrana, in central Portugal, in less than six weeks.',
];
const cnBody2 = [
  'Sea surface temperatures along the coast stayed more than 4 degrees Celsius (7.2 degrees Fahrenheit) above normal for 38 days ' +
    'in a row, according to the study, far longer than any heat wave recorded there since satellite measurements began in 1982.',
  'Kelp forests grow best in cool water, and the brown seaweed Laminaria ochroleuca, which dominates this stretch of coast, ' +
    'begins to weaken when water stays above about 21 degrees Celsius. As the kelp died back, sea urchins moved in to eat what ' +
    'was left, the authors found, turning forests into what ecologists call urchin barrens.',
  '“Once the urchins take over, the system can lock into that state for years,” said co-author Tomás Reis, who tracked the ' +
    'collapse with underwater cameras left at nine sites along the coast.',
];
const cnBody3 = [
  'Kelp forests shelter young fish, soak up carbon and soften the force of waves reaching the shore. Local fishers told the ' +
    'researchers that catches of octopus and sea bream fell sharply in the months after the die-off.',
  'There are signs of hope. At two sites sheltered by offshore reefs, where upwelling brought colder water to the surface, ' +
    'young kelp had begun to grow back by spring. The team is now working with fishing cooperatives to remove urchins by hand ' +
    'from test plots to see whether the forests can recover faster.',
  'Marine heat waves have become about 50% more frequent over the past century, and the study’s authors warn that events like ' +
    'the one on the Costa Serrana will become more common as oceans warm.',
  '“We used to think of these forests as permanent, like the cliffs,” Carvalho said. “Now we know they can disappear in a single ' + 'summer.”',
];
const cnNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather'];
const cnTop = ['Watch', 'Listen', 'Live TV', 'Subscribe', 'Sign in'];
const cnShare = ['Facebook', 'Tweet', 'Email', 'Link Copy link'];
const cnCaption = 'A diver swims over rocks stripped of kelp off Praia do Corvo, Portugal, in October 2024.';
const cnCredit = 'Courtesy Tomás Reis/University of Aveira';
const cnRelated = 'Ocean temperatures hit a record high for the second year running';
const cnNews = [
  'Sign up for CNN’s Ground Truth newsletter',
  'Get a weekly guide to the science of our changing planet, from the people reporting on it.',
  'Email address',
  'Sign Me Up',
  'By subscribing you agree to our privacy policy.',
];
const cnMore = [
  'Record ocean heat is bleaching coral reefs worldwide, scientists confirm',
  'Sea otters are helping a California kelp forest bounce back',
  'Why Europe’s seas are warming faster than the global average',
];
const cnPaid = ['This credit card has a 0% intro APR until 2027', 'Seniors are switching to this new hearing aid'];
const cnFoot = ['Terms of Use', 'Privacy Policy', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts', 'Help Center'];
const cnCopy = '© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.';
const cnP = (a: readonly string[]): string =>
  a
    .map(
      (p) => `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text"
data-article-gutter="true">${p}</p>`,
    )
    .join('\n');
const cnAd = (n: number): string => `<div class="ad-slot-dynamic ad-slot-header__wrapper" data-unselectable="true"><div class="ad-feedback-link-container">
<div class="ad-feedback-link"><div class="ad-feedback-link__label">Ad Feedback</div></div></div>
<div class="ad-slot-dynamic__content" id="ad_mod_${n}" data-ad-id="ad_mod_${n}"></div></div>`;
const cnHtml = `<!DOCTYPE html>
<html lang="en" data-uri="cms.cnn.com/_pages/cm7x2f1q0000@published" data-layout-uri="cms.cnn.com/_layouts/layout-with-rail/instances/science-article-v1">
<head><meta charset="utf-8"><title>Kelp forest off Portugal wiped out by marine heat wave, study finds | CNN</title>
<meta name="description" content="A marine heat wave killed about 94% of the kelp along a stretch of Portugal’s coast, a new study finds.">
<meta property="og:title" content="${cnTitle}"><meta name="author" content="Sofia Marchetti"><meta name="section" content="science">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cnTitle}","datePublished":"2025-03-06T15:42:10.112Z",
"author":[{"@type":"Person","name":"Sofia Marchetti"}],"publisher":{"@type":"Organization","name":"CNN"}}</script>
<script>window.CNN = window.CNN || {}; CNN.contentModel = {"pageType":"article","section":"science","edition":"domestic"};</script>
<link rel="stylesheet" href="/media/sites/cnn/cnn-fonts-stellar.css"></head>
<body class="layout layout-with-rail cnn"><div class="header" data-editable="header"><header class="header__container">
<a href="#maincontent" class="header__skip-link">Skip to main content</a><a class="brand-logo" href="https://www.cnn.com" aria-label="CNN logo"><svg></svg></a>
<nav class="header__nav"><ul class="header__nav-list">${links(cnNav, 'header__nav-item')}</ul></nav>
<div class="header__right"><ul class="header__utility">${links(cnTop, 'header__utility-item')}</ul></div></header></div>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__top layout-with-rail__top">
<div class="headline headline--has-lowertext" data-editable="headline"><div class="headline__wrapper">
<h1 data-editable="headlineText" class="headline__text inline-placeholder vossi-headline-text" id="maincontent">${cnTitle}</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text"><div class="byline vossi-byline"
data-editable="byline">
<div class="byline__images"><a class="byline__link" href="/profiles/sofia-marchetti"><img class="byline__image" src="/sofia.jpg" alt="Sofia
Marchetti"></a></div>
<div class="byline__names vossi-byline__names"><span class="byline__by">By</span> <a class="byline__link" href="/profiles/sofia-marchetti">
<span class="byline__name">Sofia Marchetti</span></a>, CNN</div></div>
<div class="headline__sub-description"><div class="timestamp vossi-timestamp" data-editable="settings">Updated 10:42 AM EST, Thu March 6, 2025</div></div></div>
<div class="headline__social-share"><div class="social-share" data-component-name="social-share"><div class="social-share__list">
${cnShare.map((t) => `<button class="social-share__button" aria-label="${t}"><span class="social-share__label">${t}</span></button>`).join('\n')}
</div></div></div></div></div></div></section>
<section class="layout__main-wrapper layout-with-rail__main-wrapper"><section class="layout__main layout-with-rail__main">
<article class="article" data-uri="cms.cnn.com/_components/article/instances/cm7x2f1q0000@published"><div class="article__main">
<div class="image__lede article__lede-wrapper" data-editable="lede"><div class="image image--eq-extra-small" data-component-name="image">
<div class="image__container"><picture class="image__picture"><img src="https://media.cnn.com/api/v1/images/stellar/prod/kelp-barren.jpg?c=16x9&amp;q=w_800"
alt="Bare rocks where a kelp forest used to grow" class="image__dam-img" loading="eager"></picture></div>
<div class="image__metadata"><div class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">${cnCaption}</span></div>
<figcaption class="image__credit">${cnCredit}</figcaption></div></div></div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text" data-article-gutter="true"><em>${cnNote}</em></p>
<div class="source inline-placeholder" data-editable="source"><cite class="source__cite"><span class="source__location">Lisbon, Portugal</span>
<span class="source__text">CNN</span></cite>&nbsp;—&nbsp;</div>
${cnP(cnBody1)}
${cnAd(1)}
${cnP(cnBody2)}
<div class="related-content related-content--article" data-component-name="related-content"><span class="related-content__label">Related article</span>
<a href="/2025/02/11/climate/ocean-temperatures-record" class="related-content__link"><h3 class="related-content__headline">
<span class="related-content__headline-text">${cnRelated}</span></h3></a></div>
<div class="newsletter-signup" data-component-name="newsletter-signup" data-newsletter="ground-truth"><div class="newsletter-signup__header">
<h3 class="newsletter-signup__title">${cnNews[0]}</h3><p class="newsletter-signup__description">${cnNews[1]}</p></div>
<form class="newsletter-signup__form" action="/newsletters/subscribe" method="post"><label class="newsletter-signup__label" for="nl-email">${cnNews[2]}</label>
<input type="email" id="nl-email" name="email" class="newsletter-signup__input"><button type="submit"
class="newsletter-signup__button">${cnNews[3]}</button></form>
<p class="newsletter-signup__disclaimer">By subscribing you agree to our <a href="/privacy">privacy policy</a>.</p></div>
${cnP(cnBody3)}
${cnAd(2)}
</div></div></div></article></section>
<section class="layout__right layout-with-rail__right"><div class="zone zone--t-light"><div class="container__title"><h2 class="container__title-text">More from
CNN</h2></div><ul class="container__field-links">${links(cnMore, 'container__item')}</ul>
<div class="container__title"><h2 class="container__title-text">Paid Partner Content</h2></div><ul
class="container__field-links">${links(cnPaid, 'container__item')}
</ul></div></section></section></section>
<footer class="footer" data-editable="footer"><div class="footer__inner"><a class="brand-logo" href="https://www.cnn.com" aria-label="CNN logo"><svg></svg></a>
<ul class="footer__links">${links(cnFoot, 'footer__links-item')}</ul><div class="footer__copyright-text">${cnCopy}<br>CNN Sans ™ &amp; © 2016 Cable News
Network.</div>
</div></footer><script src="/js/cnn-header-second-react.min.js" defer></script></body></html>`;
const cnn: TestPage = {
  html: cnHtml,
  name: 'heldout72-cnn-news',
  kind: 'news',
  // the italic "Editor’s Note" opening the article text is a newsletter promo: furniture, with the signup box, "Related article"
  // box and "Ad Feedback" labels between paragraphs; the source line "Lisbon, Portugal CNN —" is a dateline (its location a
  // byline, "CNN" alone in neither list); "By" and ", CNN" around the author are in neither list
  title: cnTitle,
  headings: [],
  body: [...texts(cnBody1), ...texts(cnBody2), ...texts(cnBody3)],
  bylines: ['Sofia Marchetti', 'Updated 10:42 AM EST, Thu March 6, 2025', 'Lisbon, Portugal'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cnNav, ...cnTop, ...cnShare, cnCaption, cnCredit, cnNote, 'Ad Feedback', 'Related article', cnRelated, ...cnNews,
    'More from CNN', ...cnMore, 'Paid Partner Content', ...cnPaid, ...cnFoot, cnCopy, 'CNN Sans ™ & © 2016 Cable News Network.',
  ],
};

export const HELDOUT72_C: readonly TestPage[] = [cnn, reutersStory];
