import { links, type TestPage, texts } from './page-kit.js';
import { audioPage } from './pages-heldout114-b2.js';

/**
 * Held-out batch 114, file b: a cable-news site story on a CNN-style "Stellar" template, opened by the "Updated" and
 * "Published" timestamp lines and an italic "This story has been updated with ..." note inside the article content
 * (header with edition menu and hidden flyout, "Watch" / "Listen" / "Live TV" links, the ad feedback label, share
 * buttons, image caption and credit, a "Related article" inline link card, "See Full Web Article", the "More from ..."
 * zone, and the footer with its repeated section lists), and, from file b2, a monthly magazine story opened by the
 * "Listen to this article" player and its "Narrated by" line.
 */
const title = 'Freight train derails near Ostrava Creek, forcing evacuation of 600 homes';
const note = 'This story has been updated with additional information.';
const paras = [
  'About 600 homes near Ostrava Creek were evacuated Tuesday after 22 cars of a freight train derailed, spilling a chemical used to ' +
    'make plastics into a drainage ditch, officials said.',
  'No injuries were reported. The Cass Valley County Emergency Management Agency said the evacuation order covered a one-mile radius ' +
    'around the site and would remain in place at least until Wednesday morning.',
  'The train, operated by Northern Plains Rail, was carrying 94 cars from Minot to Kansas City when it left the tracks at about 6:15 ' +
    'a.m. local time, the company said in a statement. Three of the derailed cars were carrying vinyl acetate, and one of those was ' +
    'leaking, according to the county.',
  '“We are taking every precaution,” county emergency director Dale Ruskin told reporters at a Tuesday afternoon briefing. “The ' +
    'air readings we have right now are within safe limits, but we are not going to take any chances with people’s health.”',
  'Residents were told to go to a shelter set up at Ostrava Creek High School, where the Red Cross was providing cots and meals. ' +
    'By midafternoon about 140 people had registered there, a spokesperson said.',
  'The National Transportation Safety Board said it was sending a team of eight investigators to the site. The agency typically ' +
    'releases a preliminary report within 30 days.',
  'Northern Plains Rail said it had crews on the scene and was working with state environmental officials to contain the spill. ' +
    'The company said it did not yet know what caused the derailment.',
  'Rachel Osei, who lives about half a mile from the tracks, said she heard “a long screech and then a bang like thunder” while ' +
    'making breakfast. “Then the sirens started and a deputy knocked on the door and said we had 15 minutes,” she said.',
  'The derailment comes two years after federal regulators proposed new rules for trains carrying hazardous materials, including ' +
    'more frequent inspections of wheel bearings. The rules have not been finalized.',
  'State Sen. Linda Haakenson, whose district includes Ostrava Creek, said she would ask the legislature to hold a hearing on rail ' +
    'safety when it returns in January.',
];
const nav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather'];
const top = ['Watch', 'Listen', 'Live TV', 'Subscribe', 'Sign in'];
const moreFrom = [
  'Wildfire smoke prompts air quality alerts across three states',
  'Storm knocks out power to 200,000 customers in the Midwest',
  'Bridge inspection backlog grows to 4,000 structures, report finds',
];
const foot = ['Terms of Use', 'Privacy Policy', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts'];
const caption = 'Emergency crews work near derailed rail cars outside Ostrava Creek on Tuesday.';
const credit = 'Jared Lindqvist/AP';
const related = 'What we know about the chemicals carried on freight trains';
const p = (t: string, i: number): string =>
  `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" id="cm-p${i}" data-editable="text">${t}</p>`;
const html = `<!DOCTYPE html>
<html lang="en" data-uri="cms.cnb.example/_pages/freight-derailment"><head><meta charset="utf-8"><title>${title} | CNB</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="author" content="Priya Natarajan, Colin Adair">
<meta property="og:title" content="${title}"><meta name="section" content="us"><meta name="type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-10-14T15:02:11.000Z","dateModified":"2025-10-14T19:41:30.000Z","author":[{"@type":"Person","name":"Priya Natarajan"}]}</script>
<script>window.CNB=window.CNB||{};CNB.contentModel={"pageType":"article","section":"us"};</script>
<script src="https://www.cnb.example/js/wbd-ads.js" async></script></head>
<body class="layout layout-with-rail__body"><div class="header__wrapper-outer"><header class="header" data-editable="header">
<div class="header__container"><a class="brand-logo" href="/">CNB</a><nav class="header__nav" aria-label="Main"><div class="header__nav-item">
${nav.map((n) => `<a class="header__nav-item-link" href="/${n.toLowerCase()}">${n}</a>`).join('')}</div></nav>
<div class="header__right">${top.map((t) => `<a class="header__${t.replace(/ /g, '').toLowerCase()}" href="#">${t}</a>`).join('')}</div></div>
<div class="header__flyout" aria-hidden="true" style="display:none"><div class="subnav"><span class="subnav__section-link">Edition</span>
<a href="/">US</a><a href="/intl">International</a><a href="/arabic">Arabic</a></div></div></header></div>
<section class="layout__content-wrapper layout-with-rail__content-wrapper"><div class="headline headline--has-lowertext">
<div class="headline__wrapper"><h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">${title}</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text">
<div class="byline vossi-byline" data-editable="byline"><div class="byline__names">By <span class="byline__name">Priya Natarajan</span> and
<span class="byline__name">Colin Adair</span>, CNB</div></div>
<div class="timestamp vossi-timestamp" data-editable="settimestamp">Updated 3:41 PM EDT, Tue October 14, 2025</div></div>
<div class="social-share"><button class="social-share__button" data-type="facebook">Share on Facebook</button>
<button class="social-share__button" data-type="twitter">Share on X</button><button class="social-share__button" data-type="email">Email</button>
<button class="social-share__button" data-type="link">Link Copied!</button></div></div></div></div>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main layout-with-rail__main">
<div class="ad-slot-header" data-unselectable="true"><div class="ad-feedback-link-container"><span class="ad-feedback-link__label">Ad Feedback</span>
</div></div>
<div class="image__lede article__lede-wrapper"><div class="image" data-component-name="image"><picture class="image__picture">
<img src="https://media.cnb.example/api/v1/images/stellar/prod/derail.jpg?c=16x9&amp;q=w_850" alt="Derailed rail cars" class="image__dam-img"></picture>
<div class="image__metadata"><div class="image__caption attribution"><span data-editable="metaCaption">${caption}</span></div>
<figcaption class="image__credit">${credit}</figcaption></div></div></div>
<main class="article__main" data-editable="main"><div class="article__content-container"><div class="article__content" data-editable="content">
<div class="source inline-placeholder"><cite class="source__cite"><span class="source__location">Ostrava Creek, North Dakota</span>
<span class="source__text">CNB</span>
 — </cite></div>
<div class="timestamp--article"><div class="timestamp__published">Published 11:02 AM EDT, Tue October 14, 2025</div></div>
<p class="paragraph inline-placeholder vossi-paragraph editor-note"><em>${note}</em></p>
${paras.slice(0, 4).map(p).join('\n')}
<div class="related-content related-content--article" data-component-name="related-content"><a class="related-content__link" href="/2025/10/chemicals">
<span class="related-content__label">Related article</span><span class="related-content__headline-text">${related}</span></a></div>
${paras
  .slice(4)
  .map((t, i) => p(t, i + 4))
  .join('\n')}
<div class="article__web-link"><a href="#">See Full Web Article</a></div>
<div class="footnote"><p class="footnote__text">CNB’s Ellen Marsh contributed to this report.</p></div>
</div></div></main>
<div class="zone zone--t-light"><h2 class="zone__title-text">More from CNB</h2>
<div class="container__field-links">${moreFrom
  .map(
    (m) => `<a class="container__link" href="#"><span class="container__headline-text">${m}</span>
</a>`,
  )
  .join('')}</div></div>
</section></section></section>
<footer class="footer"><div class="footer__sections">${nav.map((n) => `<a class="footer__section-link" href="#">${n}</a>`).join('')}</div>
<ul class="footer__links">${links(foot, 'footer__links-item')}</ul>
<p class="footer__copyright-text">© 2025 Cable News Bureau. All Rights Reserved.</p></footer>
</body></html>`;
const stellarPage: TestPage = {
  name: 'heldout114-stellar-updated-note-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: [
    'By Priya Natarajan and Colin Adair, CNB',
    'Updated 3:41 PM EDT, Tue October 14, 2025',
    'Published 11:02 AM EDT, Tue October 14, 2025',
    'Ostrava Creek, North Dakota',
    'CNB’s Ellen Marsh contributed to this report.',
  ],
  furniture: [
    note,
    'CNB',
    ...nav,
    ...top,
    'Edition',
    'International',
    'Arabic',
    'Share on Facebook',
    'Share on X',
    'Link Copied!',
    'Ad Feedback',
    caption,
    credit,
    'Related article',
    related,
    'See Full Web Article',
    'More from CNB',
    ...moreFrom,
    ...foot,
    '© 2025 Cable News Bureau. All Rights Reserved.',
  ],
};
export const HELDOUT114_B: readonly TestPage[] = [stellarPage, audioPage];
