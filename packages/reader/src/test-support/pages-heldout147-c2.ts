import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file c2: a Nature news article on nature.com's magazine template (the hidden old-browser notice, skip
 * link, the top ad with its label, the journal header with "View all journals", "Search", "Log in", the journal nav and
 * breadcrumbs, the "NEWS" label and date, headline, teaser, author list, the figure caption and credit, h2 subheads, a
 * "recommended" related-article card inside the text, the references list with its links, "doi:", "Reprints and
 * permissions", "Related Articles", "Subjects", "Latest on:", the Nature Careers jobs box, the Nature Briefing sign-up, the
 * cookie banner and the footer).
 */
const naTitle = 'Deep ‘refuge’ reefs are bleaching too, surveys show';
const naDek = 'Corals 40 metres down were thought to be shielded from marine heatwaves. This year, many of them turned white.';
const naP1 = paras(`
Coral reefs in the deep, dim water below the reach of most divers were supposed to be a lifeboat. As marine heatwaves have bleached
shallow reefs around the world, researchers have pointed to these ‘mesophotic’ reefs, between about 30 and 150 metres deep, as places
where corals might ride out the heat and later help to reseed the reefs above.

New surveys suggest that the lifeboat is leaking. Teams working at four sites in the western Indian Ocean and the Coral Sea report
that between one-quarter and two-thirds of corals at depths of 35–45 metres showed signs of bleaching during the heatwave that peaked
in February. The results were presented last week at a reef-science meeting in Perth, Australia, and have not yet been peer reviewed.

“We went down expecting to find the healthy reefs we’d been talking about for ten years,” says Mireille Rakotondrabe, a reef ecologist
at the University of Antananarivo who led one of the survey teams. “At 40 metres, it looked like the shallows.”`);
const naH1 = 'Warm water sinks';
const naP2 = paras(`
The deep-refuge idea rests on the fact that surface water usually warms faster than water below it. During most past heatwaves, the
temperature at 40 metres stayed several degrees cooler than at the surface, and bleaching at that depth was rare<sup><a href="#ref-CR1">1</a></sup>.

This year was different. Temperature loggers left on the reefs show that, for about three weeks in January and February, warm surface
water was pushed downwards by a combination of weak winds and internal waves, until the water at 40 metres was less than 0.5 °C cooler
than at the surface. At one site off northern Mozambique, the deep water was briefly warmer.

Oceanographer Felix Tanaka-Morrow at the Australian Institute of Marine Science in Townsville says that similar mixing has been seen
before, but rarely for so long. “If these events become more common as the oceans warm, the assumption that depth equals safety
starts to fall apart,” he says.`);
const naH2 = 'Not all bad news';
const naP3 = paras(`
Some researchers say that it is too early to write off deep reefs. Bleaching is not the same as death: corals expel the algae that
live in their tissues when stressed, but can regain them if temperatures fall quickly enough. Rakotondrabe’s team will return to its
sites in June to count how many of the bleached colonies have recovered.

Earlier work also suggests that deep corals can be more resilient than their shallow relatives, because they are adapted to low light
and may rely less on their algae for food<sup><a href="#ref-CR2">2</a></sup>. “There is a real chance that many of these colonies
survive,” says Tanaka-Morrow.

What is clear, researchers say, is that deep reefs cannot be counted on as a backstop for conservation plans. Several national reef
strategies, including those of Australia and the Seychelles, refer to mesophotic reefs as potential sources of coral larvae after
severe bleaching. “Those plans need to be looked at again,” says Rakotondrabe. “We can’t protect only the shallow reefs and assume
the deep ones will take care of themselves.”`);
const naRefs = ['Okonkwo, T. L. & Baptiste, R. Coral Reefs 41, 889–901 (2022).', 'Lindqvist, H. et al. Proc. R. Soc. B 290, 20231187 (2023).'];
const naWarning =
  'Thank you for visiting nature.com. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend ' +
  'you use a more up to date browser (or turn off compatibility mode in Internet Explorer).';
const naNav = ['Explore content', 'About the journal', 'Publish with us', 'Sign up for alerts', 'RSS feed'];
const naCaption = 'Bleached corals at a depth of 40 metres off northern Mozambique in February.';
const naCredit = 'Credit: Joaquim Matavele/Reef Futures';
const naRecommended = 'Coral reefs face a ‘bleak’ decade as heatwaves intensify';
const naRelated = [
  'The world’s biggest coral-restoration experiment is under way',
  'Heat-tolerant corals bred in the lab survive their first year at sea',
  'Ocean warming is speeding up, satellite records reveal',
];
const naSubjects = ['Climate change', 'Ecology', 'Ocean sciences'];
const naLatest = ['Ocean sciences', 'Why the Atlantic’s currents are so hard to forecast', 'Plastic in the deep sea is older than we thought'];
const naJobs = [
  'Postdoctoral Fellow in Coral Reef Ecology',
  'University of Queensland (UQ)',
  'Research Scientist, Ocean Observations',
  'Norwegian Polar Institute',
];
const naBriefing = [
  'Sign up for the Nature Briefing newsletter — what matters in science, free to your inbox daily.',
  'Email address',
  'I agree my information will be processed in accordance with the Nature and Springer Nature Limited Privacy Policy.',
];
const naCookie = [
  'Your privacy, your choice',
  'We use essential cookies to make sure the site can function. We also use optional cookies for advertising, personalisation of content, ' +
    'usage analysis, and social media.',
  'Accept all cookies',
  'Manage preferences',
];
const naFoot = [
  'About us',
  'Press releases',
  'Press office',
  'Contact us',
  'Journals A-Z',
  'Articles by subject',
  'Nature Index',
  'Privacy Policy',
  'Use of cookies',
  'Legal notice',
  'Accessibility statement',
  'Terms & Conditions',
  'Your US state privacy rights',
];
const naFig = `<figure class="figure"><div class="c-article-section__figure-content"><picture><img class="figure__image" alt="Bleached white corals in deep
blue water" src="https://media.nature.com/lw767/magazine-assets/d41586-025-00781-0/d41586-025-00781-0_50712334.jpg"></picture></div>
<figcaption><p class="figure__caption sans-serif"><span class="mr10">${naCaption}</span><span class="figure__credit">${naCredit}</span></p>
</figcaption></figure>`;
const naRec = `<div class="recommended pull pull--left u-sans-serif" data-label="Related"><a href="https://www.nature.com/articles/d41586-024-03310-2"
class="recommended__link" data-track="click" data-track-category="recommended article"><img class="recommended__image" alt=""
src="https://media.nature.com/w400/magazine-assets/d41586-024-03310-2/reefs.jpg"><p class="recommended__title u-serif">${naRecommended}</p></a></div>`;
const naHtml = `<!DOCTYPE html>
<html lang="en" class="grade-c"><head><meta charset="utf-8"><title>Deep ‘refuge’ reefs are bleaching too, surveys show</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="journal_id" content="41586"><meta name="dc.title" content="${naTitle}">
<meta name="dc.source" content="Nature 2025"><meta name="dc.type" content="News"><meta name="dc.identifier" content="doi:10.1038/d41586-025-00781-0">
<meta name="description" content="${naDek}"><meta property="og:site_name" content="Nature"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.nature.com/articles/d41586-025-00781-0">
<script type="application/ld+json">{"mainEntity":{"headline":"${naTitle}","description":"${naDek}","datePublished":"2025-03-11T00:00:00Z",
"author":[{"name":"Declan Oyelowo-Hart","@type":"Person"}],"isAccessibleForFree":true,"@type":"NewsArticle"},"@context":"https://schema.org",
"@type":"WebPage"}</script>
<script>window.dataLayer = [{"content":{"category":{"contentType":"news","legacy":{"webtrendsContentCategory":"News"}},
"article":{"doi":"10.1038/d41586-025-00781-0"}}}];</script>
<link rel="stylesheet" href="/static/css/magazine-article-nature-23b9f1c0e1.css"></head>
<body class="article-page"><div class="c-browser-warning u-hide" data-component="browser-warning"><p>${naWarning}</p></div>
<div id="top" class="position-relative cleared z-index-50 background-white" data-test="top-containers">
<a class="c-skip-link" href="#content">Skip to main content</a>
<div class="c-grade-c-banner u-hide"><div class="c-grade-c-banner__container"><p>${naWarning}</p></div></div>
<div class="u-lazy-ad-wrapper u-mbs-0"><aside class="c-ad c-ad--728x90"><div class="c-ad__inner"><p class="c-ad__label">Advertisement</p>
<div id="div-gpt-ad-top-1" class="div-gpt-ad advert leaderboard js-ad text-center hide-print grade-c-hide" data-gpt-unitpath="/285/nature.com/news"></div>
</div></aside></div>
<header class="c-header" id="header" data-header data-track-component="nature-150-split-header"><div class="c-header__row"><div class="c-header__container">
<div class="c-header__split"><div class="c-header__logo-container"><a href="/nature" data-track="click"><picture class="c-header__logo"><img alt="Nature"
src="/static/images/logos/nature-logo.svg"></picture></a></div><ul class="c-header__menu c-header__menu--global">
<li class="c-header__item c-header__item--padding"><a class="c-header__link" href="https://www.nature.com/siteindex">View all journals</a></li>
<li class="c-header__item c-header__item--pipe"><a class="c-header__link c-header__link--search" href="#search-menu"><span>Search</span></a></li>
<li class="c-header__item c-header__item--padding c-header__item--snid-account-widget">
<a class="c-header__link" href="https://idp.nature.com/auth/personal/springernature">
<span>Log in</span></a></li></ul></div></div></div>
<div class="c-header__row"><div class="c-header__container" data-test="navigation-row"><nav class="c-header__menu" aria-label="Journal navigation">
<ul class="c-header__menu">${links(naNav, 'c-header__item c-header__item--dropdown-menu')}</ul></nav></div></div></header>
<nav class="u-mb-16" aria-label="breadcrumbs"><div class="u-container"><ol class="c-breadcrumbs"><li class="c-breadcrumbs__item"><a class="c-breadcrumbs__link"
href="/">nature</a></li><li class="c-breadcrumbs__item"><a class="c-breadcrumbs__link" href="/nature/articles?type=news">news</a></li>
<li class="c-breadcrumbs__item">article</li></ol></div></nav></div>
<div class="u-container u-mt-32 u-mb-32 u-clearfix" id="content" data-component="article-container" data-container-type="article">
<main class="c-article-main-column u-float-left js-main-column" data-track-component="article body"><article lang="en">
<div class="c-article-header"><header><ul class="c-article-identifiers" data-test="article-identifier">
<li class="c-article-identifiers__item" data-test="article-category">NEWS</li>
<li class="c-article-identifiers__item"><time datetime="2025-03-11">11 March 2025</time></li></ul>
<h1 class="c-article-magazine-title" data-test="article-title">${naTitle}</h1>
<p class="c-article-teaser-text">${naDek}</p></header>
<ul class="c-article-author-list c-article-author-list--short js-no-scroll" data-test="author-list"><li class="c-article-author-list__item">
<a href="#author-0" data-test="author-name" data-track="click">Declan Oyelowo-Hart</a></li></ul></div>
<div class="c-article-body main-content" data-test="article-body">
${naFig}
${naP1.map((p) => `<p>${p}</p>`).join('\n')}
${naRec}
<h2>${naH1}</h2>
${naP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${naH2}</h2>
${naP3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="c-article-section__content c-article-references" data-test="references"><h2 class="c-article-section__title">References</h2>
<ol class="c-article-references">${naRefs
  .map(
    (r, i) => `<li class="c-article-references__item js-c-reading-companion-references-item"><p class="c-article-references__text" id="ref-CR${i + 1}">${r}</p>
<p class="c-article-references__links u-hide-print">
<a href="https://doi.org/10.1007/x${i}">Article</a> <a href="https://scholar.google.example/?q=${i}">Google Scholar</a></p></li>`,
  )
  .join(
    '\n',
  )}</ol><p class="c-article-references__download u-hide-print"><a href="/articles/d41586-025-00781-0-references.ris">Download references</a></p></div>
<p class="c-article-doi">doi: https://doi.org/10.1038/d41586-025-00781-0</p>
<div class="c-article-rights"><a href="https://s100.copyright.example/AppDispatchServlet?title=reefs">Reprints and permissions</a></div>
<section class="c-article-related" data-track-component="related articles"><h2 class="c-article-related__title">Related Articles</h2>
<ul class="c-article-related__list">${links(naRelated, 'c-article-related__item')}</ul></section>
<section class="c-article-subjects"><h2 class="c-article-subjects__title">Subjects</h2>
<ul class="c-article-subject-list">${links(naSubjects, 'c-article-subject-list__subject')}</ul>
</section><section class="c-latest-on"><h2 class="c-latest-on__title">Latest on:</h2><h3 class="c-latest-on__subject">${naLatest[0]}</h3>
<ul>${links(naLatest.slice(1), 'c-latest-on__item')}</ul></section></article></main>
<aside class="c-article-extras u-float-right" data-container-type="reading-companion"><div class="c-ad c-ad--300x250"><div class="c-ad__inner">
<p class="c-ad__label">Advertisement</p><div id="div-gpt-ad-right-2" class="div-gpt-ad"></div></div></div>
<div class="c-jobs-box" data-track-component="nature careers"><h2 class="c-jobs-box__title">Nature Careers</h2><ul class="c-jobs-box__list">
${lis([
  `<a href="https://www.nature.com/naturecareers/job/1">${naJobs[0]}</a><p>${naJobs[1]}</p>`,
  `<a href="https://www.nature.com/naturecareers/job/2">${naJobs[2]}</a>
<p>${naJobs[3]}</p>`,
])}</ul></div></aside></div>
<div class="c-nature-box c-nature-box--side" data-component="briefing-signup"><p class="c-nature-box__text">${naBriefing[0]}</p>
<form class="c-nature-box__form" action="/briefing/signup" method="post"><label for="briefing-email">${naBriefing[1]}</label><input id="briefing-email"
type="email"><input type="checkbox" id="gdpr-briefing"><label for="gdpr-briefing">${naBriefing[2]}</label><button type="submit">Sign up</button></form></div>
<footer class="composite-layer" itemscope itemtype="http://schema.org/Periodical"><div class="u-mt-16 u-mb-16"><p class="c-footer__issn">Nature (<i>Nature</i>)
<abbr title="International Standard Serial Number">ISSN</abbr> 1476-4687 (online) ISSN 0028-0836 (print)</p></div>
<div class="c-footer"><p class="c-footer__header">nature.com sitemap</p><ul class="c-footer__list">${links(naFoot, 'c-footer__item')}</ul>
<p class="c-footer__copy">© 2025 Springer Nature Limited</p></div></footer>
<div class="cc-banner" role="dialog" aria-labelledby="cc-title" data-cc-banner><h2 class="cc-banner__title" id="cc-title">${naCookie[0]}</h2>
<p class="cc-banner__content">${naCookie[1]}</p><button class="cc-button cc-banner__button-accept">${naCookie[2]}</button>
<button class="cc-button cc-banner__button-preferences">${naCookie[3]}</button></div>
<script src="/static/js/magazine-article-nature-5c7e3a.js" defer></script></body></html>`;
export const natureNews: TestPage = {
  html: naHtml,
  name: 'heldout147-nature-news',
  kind: 'news',
  // the teaser is body; references, their links and the doi line are in neither list; the in-text "recommended" card,
  // figure caption and credit, labels, breadcrumbs, the hidden browser notice, rails, jobs, Briefing box, cookie banner and
  // footer (with the ISSN line) are furniture, but the "NEWS" label and the "news" crumb are a word of the second
  // subhead and left out; the date and the author's name are bylines
  title: naTitle,
  headings: [naH1, naH2],
  body: [naDek, ...texts(naP1), ...texts(naP2), ...texts(naP3)],
  bylines: ['11 March 2025', 'Declan Oyelowo-Hart'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    naWarning, 'Skip to main content', 'Advertisement', 'View all journals', 'Search', 'Log in', ...naNav, 'nature', 'article', naCaption,
    naCredit, naRecommended, 'Download references', 'Reprints and permissions', 'Related Articles', ...naRelated, 'Subjects', ...naSubjects,
    'Latest on:', ...naLatest.slice(1), 'Nature Careers', ...naJobs, ...naBriefing, 'Sign up',
    'Nature (Nature) ISSN 1476-4687 (online) ISSN 0028-0836 (print)', 'nature.com sitemap', ...naFoot,
    '© 2025 Springer Nature Limited', ...naCookie,
  ],
};
