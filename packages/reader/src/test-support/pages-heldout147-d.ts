import { links, type TestPage, texts } from './page-kit.js';
import { smithsonian } from './pages-heldout147-d2.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file d: a Science (AAAS) news story on science.org's Atypon templates (skip link, the header with
 * "News", "Careers", "Commentary", "Journals", "Log in" and "Become A Member", the hidden "Current Issue" menu, the subject
 * label, headline, dek, byline, date and time, the share bar, the hero figure caption and credit, "Advertisement" slots
 * inside the text, the "A version of this story appeared in Science" note and doi, "Relevant tags", the author box, the
 * donation appeal, the ScienceAdviser sign-up, "More from news", the OneTrust cookie banner and the journal footer) and,
 * from file d2, a Smithsonian Magazine Smart News article.
 */
const scTitle = 'Mystery mussel die-off traced to a previously unknown virus';
const scDek = 'Genetic detective work links mass deaths in southeastern rivers to a densovirus, but it is unclear why outbreaks started now';
const scP = paras(`
For nearly a decade, freshwater ecologists in the southeastern United States have kept finding the same grim scene: riverbeds
littered with gaping, empty mussel shells, sometimes thousands in a single stretch. Now, a team of virologists and ecologists says it
has identified a likely culprit—a virus no one had described before.

In a paper published today in <em>Science</em>, the researchers report that mussels from 11 die-off sites in three river systems were
infected with a densovirus, a member of a family of small DNA viruses best known for killing insects and farmed shrimp. Healthy
mussels from unaffected rivers carried little or none of it.

“This is the first time we’ve had anything like a smoking gun,” says co-author Renata Valdés-Hooper, a molecular ecologist at the
Southeastern Aquatic Research Center. “For years, every die-off came with the same list of suspects and no way to rule any of them out.”

Those suspects included heat waves, agricultural runoff, and bacteria. To cast a wider net, the team sequenced all of the genetic
material in tissue from 480 mussels of eight species, collected both during die-offs and from healthy beds. One sequence stood out:
a densovirus genome that turned up in 93% of dying animals but only 7% of healthy ones.

The researchers then tested whether the virus could kill. They exposed healthy mussels in laboratory tanks to filtered tissue from
infected animals. Within 8 weeks, two-thirds had died; none of the mussels in control tanks did. The team found the virus in the
gills and digestive glands of the dead animals, and levels rose sharply in the days before death.

Aaron Pettigrew, a malacologist at the Cumberland Freshwater Institute who was not involved in the work, calls the study “a really
strong start,” but cautions that a river is not a tank. Mussels in the wild face many stresses at once, he says, and warmer water or
pollution could be what allows the virus to do damage. “It may be that the virus pulls the trigger, but something else loads the gun.”

The authors agree that the timing is a puzzle. When they screened mussels preserved in museum collections, they found the virus in
samples from as early as 2012, years before the first large die-off, at low levels. Something appears to have changed since then,
Valdés-Hooper says, and the team is now comparing water temperature records from affected and unaffected rivers.

The finding matters for conservation. About 70% of North America’s roughly 300 freshwater mussel species are considered imperiled,
and state and federal hatcheries raise thousands of young mussels each year to restock rivers. Several hatcheries have already said
they will screen animals for the virus before releasing them, to avoid spreading it to new places.

“Mussels are the filters of these rivers,” Pettigrew says. “If we lose them, we lose a lot more than mussels.”`);
const scNav = ['News', 'Careers', 'Commentary', 'Journals'];
const scMenu = ['Current Issue', 'First release papers', 'Archive', 'About', 'Submit manuscript'];
const scShare = ['Facebook', 'X', 'LinkedIn', 'Reddit', 'Email'];
const scCaption = 'Empty shells of dead mussels along a riverbed in northern Alabama.';
const scCredit = 'MARCUS HOLLOWAY/SOUTHEASTERN AQUATIC RESEARCH CENTER';
const scVersion = 'A version of this story appeared in Science, Vol 387, Issue 6740.';
const scTags = ['Plants & Animals', 'Ecology'];
const scAuthor = 'Priyanka Venkataraman is a staff writer for Science covering ecology and the environment.';
const scDonate = [
  'Support nonprofit science journalism',
  'Science’s news team covers research and policy from around the world. Help us keep our reporting free to read with a tax-deductible gift.',
  'Donate',
];
const scAdviser = ['Sign up for ScienceAdviser', 'Get the latest news, commentary, and research, free to your inbox daily.', 'Email', 'Subscribe'];
const scMore = [
  'Wildfire smoke may be reshaping bird migration routes',
  'NIH pauses new grants while it rewrites its review rules',
  'Oldest known fishing hooks found in a Timor cave',
];
const scCookie = [
  'We use cookies to improve your experience and to help us understand how the site is used. You can manage your preferences at any time.',
  'Accept All Cookies',
  'Reject All',
  'Cookie Settings',
];
const scJournals = ['Science', 'Science Advances', 'Science Immunology', 'Science Robotics', 'Science Signaling', 'Science Translational Medicine'];
const scFoot = [
  'Authors & Reviewers',
  'Librarians',
  'Advertisers',
  'AAAS.org',
  'EurekAlert!',
  'Contact Us',
  'Terms of Service',
  'Privacy Policy',
  'Accessibility',
];
const scCopy =
  '© 2025 American Association for the Advancement of Science. All rights reserved. AAAS is a partner of HINARI, AGORA, OARE, CHORUS, CLOCKSS, ' +
  'CrossRef and COUNTER.';
const scAd = (n: number): string => `<div class="adplaceholder adplaceholder--inline" data-ad-slot="news_inline_${n}"><div class="adplaceholder__label">
Advertisement</div><div id="div-gpt-ad-inline-${n}" class="pb-ad"></div></div>`;
const scPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const scHtml = `<!DOCTYPE html>
<html lang="en" class="pb-page" data-request-id="7d1f7f43-1a52-4b3e-9b8e-1c1e59f3a0e2"><head><meta charset="UTF-8">
<title>Mystery mussel die-off traced to a previously unknown virus | Science | AAAS</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${scDek}">
<meta property="og:site_name" content="Science"><meta property="og:type" content="article"><meta property="og:title" content="${scTitle}">
<meta name="dc.Creator" content="Priyanka Venkataraman"><meta name="dc.Date" content="2025-03-13">
<link rel="canonical" href="https://www.science.org/content/article/mystery-mussel-die-traced-previously-unknown-virus">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${scTitle}","description":"${scDek}",
"datePublished":"2025-03-13T14:00:00-05:00","author":{"@type":"Person","name":"Priyanka Venkataraman"},"publisher":{"@type":"Organization",
"name":"American Association for the Advancement of Science"}}</script>
<script>var AAASdataLayer = {"page":{"pageInfo":{"pageType":"news-article","contentType":"news"},"category":{"primaryCategory":"news"}}};</script>
<link rel="stylesheet" href="/products/sciencemag/releasedAssets/css/build-6c1a9d1e.css"></head>
<body class="pb-ui"><div class="skip-to-content"><a href="#main-content-focus" class="skip-to-content__link">Skip to main content</a></div>
<header class="header header--news" data-widget-def="aaasHeader"><div class="header__top"><a href="/" class="header__logo" title="Science">
<img alt="Science" src="/products/sciencemag/releasedAssets/images/logo-science.svg"></a>
<nav class="header__nav main-menu" aria-label="Main"><ul class="main-menu__list">${links(scNav, 'main-menu__item')}</ul></nav>
<div class="header__user"><a class="header__login" href="/action/ssostart">Log in</a>
<a class="btn btn--primary header__member" href="https://www.aaas.org/membership">Become A Member</a></div></div>
<div class="header__journal-menu dropdown" aria-hidden="true" hidden><ul>${links(scMenu, 'dropdown__item')}</ul></div></header>
<main class="content" id="main-content-focus" tabindex="-1"><article class="news-article" data-article-type="news">
<header class="news-article__header news-article__hero"><div class="news-article__hero__top-meta">
<span class="news-article__hero__subject"><a href="/topic/category/plants-animals">Plants &amp; Animals</a></span></div>
<h1 class="news-article__hero__title">${scTitle}</h1>
<div class="news-article__hero__dek">${scDek}</div>
<div class="news-article__hero__bottom-meta"><span class="news-article__hero__byline">By
<a href="/author/priyanka-venkataraman" class="text-reset">Priyanka Venkataraman</a></span>
<span class="news-article__hero__date">13 Mar 2025</span><span class="news-article__hero__time">2:00 PM ET</span></div>
<div class="share-bar news-article__share"><span class="share-bar__label">Share:</span><ul class="share-bar__list">
${scShare
  .map(
    (t) => `<li><a class="share-bar__link" href="#share"><span class="sr-only">${t}</span>
<i class="icon-${t.toLowerCase()}" aria-hidden="true"></i></a></li>`,
  )
  .join('\n')}
</ul></div></header>
<figure class="news-article__figure"><img src="/do/10.1126/science.zm1c2r8/full/_20250313_nid_mussels.jpg" alt="Empty mussel shells on a riverbed">
<figcaption class="news-article__figure__caption"><span class="news-article__figure__caption-text">${scCaption}</span>
<span class="news-article__figure__credit">${scCredit}</span></figcaption></figure>
<div class="news-article__content bodySection">
${scPs(scP.slice(0, 3))}
${scAd(1)}
${scPs(scP.slice(3, 6))}
${scAd(2)}
${scPs(scP.slice(6))}
</div>
<div class="news-article__footer"><p class="news-article__version"><em>${scVersion}</em></p>
<p class="news-article__doi">doi: 10.1126/science.zm1c2r8</p>
<div class="news-article__tags"><span class="news-article__tags__label">Relevant tags:</span><ul>${links(scTags, 'news-article__tag')}</ul></div>
<div class="author-box"><h3 class="author-box__title">About the author</h3><div class="author-box__item"><a class="author-box__name"
href="/author/priyanka-venkataraman">Priyanka Venkataraman</a><p class="author-box__bio">${scAuthor}</p></div></div></div></article>
<section class="donate-callout"><h2 class="donate-callout__title">${scDonate[0]}</h2><p>${scDonate[1]}</p>
<a class="btn btn--secondary" href="https://www.aaas.org/donate/news">${scDonate[2]}</a></section>
<section class="newsletter-signup newsletter-signup--science-adviser"><h2 class="newsletter-signup__title">${scAdviser[0]}</h2><p>${scAdviser[1]}</p>
<form><label for="sa-email">${scAdviser[2]}</label><input type="email" id="sa-email"><button type="submit">${scAdviser[3]}</button></form></section>
<section class="more-from-news"><h2 class="more-from-news__title">More from news</h2><ul class="card-list">
${scMore.map((t, i) => `<li class="card"><a href="/content/article/more-${i}"><h3 class="card__title">${t}</h3></a></li>`).join('\n')}</ul></section></main>
<footer class="footer" data-widget-def="aaasFooter"><div class="footer__journals"><h4>Journals</h4><ul>${links(scJournals)}</ul></div>
<ul class="footer__links">${links(scFoot)}</ul><p class="footer__copyright">${scCopy}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${scCookie[0]}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${scCookie[1]}</button>
<button id="onetrust-reject-all-handler">${scCookie[2]}</button><button id="onetrust-pc-btn-handler">${scCookie[3]}</button></div></div></div>
<script src="/products/sciencemag/releasedAssets/js/build-0f3a7e12.js"></script></body></html>`;
const science: TestPage = {
  html: scHtml,
  name: 'heldout147-science-news',
  kind: 'news',
  // the dek is body; the subject label, share bar, caption, credit, ad labels, the "A version of this story appeared in"
  // note, tags, author box, appeals, rails, cookie banner and footer are furniture; the doi line is in neither list
  title: scTitle,
  headings: [],
  body: [scDek, ...texts(scP)],
  bylines: ['By Priyanka Venkataraman', 'Priyanka Venkataraman', '13 Mar 2025', '2:00 PM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...scNav, 'Log in', 'Become A Member', ...scMenu, ...scTags, 'Share:', ...scShare, scCaption, scCredit, 'Advertisement',
    scVersion, 'Relevant tags:', 'About the author', scAuthor, ...scDonate, ...scAdviser.filter((t) => t !== 'Email'), 'More from news', ...scMore, ...scCookie,
    ...scJournals, ...scFoot, scCopy,
  ],
};

export const HELDOUT147_D: readonly TestPage[] = [science, smithsonian];
