import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout484-kit.js';

/** Held-out batch 484, file f: an exotic-pet vet's newsletter post on Ghost (Casper theme, member sign-up, read-more cards) and a pet
 * health wiki article on MediaWiki (Vector 2022 skin, infobox, references). */
const oTitle = 'Keeping outdoor rabbits warm this winter';
const oDek = 'Rabbits cope with cold better than heat, but wet and wind are another matter. A checklist for the next three months.';
const oIntro = j(
  'Every November my inbox fills with the same question: should the rabbits come inside? For healthy adult rabbits with a well-built home,',
  'the answer is usually no. Rabbits tolerate cold well. What they cannot cope with is damp, draughts and a water bottle that has frozen',
  'solid overnight.',
);
const oH = ['Shelter', 'Bedding', 'Water and food', 'When to bring them in'];
const oShelter = j(
  'Raise the hutch at least 15 cm off the ground and turn it so the front faces away from the prevailing wind. Cover the mesh at night with',
  'a breathable hutch cover or an old blanket, leaving a gap for air. Never use plastic sheeting, which traps condensation.',
);
const oBed = j(
  'Pack the sleeping area deep with dust-extracted straw or hay, and top it up daily. Straw insulates better than hay, but your rabbits will',
  'eat hay, so I use both. Check for wet patches every morning and remove them.',
);
const oWater = [
  'Keep a spare bottle indoors and swap them morning and evening.',
  'Bottle covers and bowls on a heated pad help on the coldest nights.',
  'Offer a little more hay than usual; digesting fibre keeps rabbits warm.',
];
const oIn = [
  j(
    'Very young, old, thin or arthritic rabbits, and any rabbit that lives alone, may do better indoors or in a shed with good ventilation.',
    'Never put rabbits in a garage where a car is used, as exhaust fumes are dangerous.',
  ),
  'Once a rabbit has moved inside, it should stay inside until spring. A sudden move back out into the cold is a real shock to the body.',
  '<em>Next month: dental checks, and why winter hay matters more than you think.</em>',
];
const oCards: [string, string, string][] = [
  ['Guinea pigs and vitamin C', 'Why your cavy needs a daily dose, and the foods that provide it.', 'Nov 14, 2026'],
  ['Is my rabbit too fat?', 'A hands-on body condition check you can do at home.', 'Oct 31, 2026'],
];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${oTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://burrownotes.com/assets/built/screen.css?v=9e8d7c6b5a"><meta name="description" content="${oDek}">
<link rel="canonical" href="https://burrownotes.com/keeping-outdoor-rabbits-warm/"><meta name="referrer" content="no-referrer-when-downgrade">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Burrow Notes"},
"author":{"@type":"Person","name":"Dr. Mirela Stancu"},"headline":"${oTitle}","datePublished":"2026-11-28T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://burrownotes.com/"
data-key="5c1f0d2e3a4b" data-api="https://burrownotes.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style><style>:root {--ghost-accent-color: #7a5c3e;}</style></head>
<body class="post-template tag-rabbits tag-winter is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://burrownotes.com">The Burrow Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20"
height="20"><path d="M21 21l-6-6"></path></svg>
</button><button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
<li class="nav-home"><a href="https://burrownotes.com/">Home</a></li><li class="nav-about"><a href="https://burrownotes.com/about/">About</a></li>
<li class="nav-archive"><a href="https://burrownotes.com/archive/">Archive</a></li></ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></header><div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-rabbits tag-winter image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/rabbits/">Rabbits</a>
</span></div>
<h1 class="article-title">${oTitle}</h1><p class="article-excerpt">${oDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/mirela/" class="author-avatar"
aria-label="Read more of Dr. Mirela Stancu">
<img class="author-profile-image" src="/content/images/size/w100/2025/01/mirela.jpg" alt="Dr. Mirela Stancu"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/mirela/">Dr. Mirela Stancu</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-11-28">Nov 28, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/11/hutch.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/11/hutch.jpg"
alt="Two rabbits in a covered hutch"><figcaption><span style="white-space: pre-wrap;">Mabel and Ferdie in their winter
set-up, cover half down.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps([oIntro])}<h2 id="shelter">${oH[0]}</h2>${ps([oShelter])}<h2 id="bedding">${oH[1]}</h2>${ps([oBed])}
<h2 id="water-and-food">${oH[2]}</h2><ul>${lis(oWater)}</ul><h2 id="when-to-bring-them-in">${oH[3]}</h2>${ps(oIn)}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${oCards
  .map(
    ([t, e, d]) => `<article class="post-card post"><a class="post-card-image-link"
href="/${t.length}/"><img class="post-card-image" src="/content/images/${t.length}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Small pets</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-11-01">${d}</time><span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://burrownotes.com">The Burrow Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog"
aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></div></div>
<script src="https://burrownotes.com/assets/built/casper.js?v=9e8d7c6b5a"></script></body></html>`;
const ghostRabbits: TestPage = page({
  name: 'heldout484-ghost-rabbits-winter',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([oDek, oIntro, oShelter, oBed, ...oWater, ...oIn]),
  bylines: ['Dr. Mirela Stancu', 'Nov 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Burrow Notes', 'Home', 'About', 'Archive', 'Sign in', 'Subscribe', 'Rabbits', '4 min read',
    'Mabel and Ferdie in their winter set-up, cover half down.', 'Sign up for more like this.', 'Enter your email', ...oCards.flatMap((c) => c),
    'Small pets', '3 min read', 'The Burrow Notes © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
});

const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">&#93;</span></a>
</sup>`;
const mTitle = 'Feline hyperthyroidism';
const mLead = j(
  '<b>Feline hyperthyroidism</b> is a disorder of older cats in which one or both thyroid glands produce too much thyroid hormone (thyroxine,',
  `or T4). It is the most common hormonal disease of cats, affecting an estimated one in ten cats over the age of ten.${ref(1)}`,
  'It is almost always caused by a benign enlargement of thyroid tissue called adenomatous hyperplasia; malignant tumours',
  `(thyroid carcinoma) account for fewer than 3% of cases.${ref(2)}`,
);
const mH = ['Signs', 'Diagnosis', 'Treatment', 'Medication', 'Diet', 'Radioiodine', 'Surgery', 'Prognosis'];
const mSigns = [
  'The excess hormone speeds up the body’s metabolism. The most common sign is weight loss despite a good or increased appetite. Other signs include:',
];
const mSignList = [
  'increased thirst and urination',
  'restlessness, vocalising at night and irritability',
  'vomiting and diarrhoea',
  'a poor, unkempt coat',
  'a fast heart rate and, in some cats, a heart murmur',
];
const mSigns2 = j(
  'Untreated, hyperthyroidism can lead to thickening of the heart muscle (thyrotoxic cardiomyopathy) and to high blood pressure, which can',
  `damage the eyes and kidneys.${ref(3)}`,
);
const mDiag = [
  j(
    'The diagnosis is usually confirmed by a blood test showing a raised total T4 concentration. In early or mild cases total T4 may fall',
    'within the reference range, and a free T4 test or a repeat test some weeks later may be needed. An enlarged thyroid gland (a',
    '&quot;goitre&quot;) can often be felt in the neck.',
  ),
  j(
    'Because hyperthyroidism raises blood flow to the kidneys, it can mask chronic kidney disease. Vets often start with a trial of',
    `medication to see how kidney values change before choosing a permanent treatment.${ref(4)}`,
  ),
];
const mTreat = 'There are four main treatment options, and the choice depends on the cat’s age, other illnesses, temperament and cost.';
const mOpts = [
  j(
    'Methimazole or carbimazole tablets, or a gel rubbed into the ear, block hormone production. They must be given for life, and treated',
    'cats need regular blood tests.',
  ),
  j(
    'An iodine-restricted prescription diet can control the disease if the cat eats nothing else, which is difficult for cats that go',
    'outdoors or live with other cats.',
  ),
  j(
    'A single injection of radioactive iodine destroys the abnormal thyroid tissue and cures most cats. The cat must stay in a licensed',
    'facility for several days to a few weeks while radiation levels fall.',
  ),
  j(
    'Removal of the affected gland (thyroidectomy) is also curative, but carries anaesthetic risk in older cats and a risk of damage to',
    'the parathyroid glands.',
  ),
];
const mProg = j(
  'With treatment, most cats regain weight and condition within a few months. Cats treated with radioiodine have a median survival of',
  `around four years after treatment in published series, and many die of unrelated conditions.${ref(5)}`,
);
const mRefs = [
  j(
    'Harlow, J. (2019). &quot;Prevalence of hyperthyroidism in cats over ten years of age&quot;.',
    '<i>Journal of Small Animal Endocrinology</i>. 12 (3): 201–209.',
  ),
  'Okoro, P.; Lind, S. (2017). <i>Feline Endocrinology</i> (2nd ed.). Eastgate Veterinary Press. p. 88.',
  'Vasquez, R. (2021). &quot;Cardiac changes in hyperthyroid cats&quot;. <i>Companion Animal Cardiology</i>. 7: 44–52.',
  'Lind, S.; Harlow, J. (2020). &quot;Renal function before and after treatment of hyperthyroidism&quot;. <i>Feline Practice Review</i>. 31 (2): 119–126.',
  'Okoro, P. (2022). &quot;Outcomes of radioiodine treatment in 412 cats&quot;. <i>Journal of Small Animal Endocrinology</i>. 15 (1): 12–20.',
];
const mInfo: [string, string][] = [
  ['Other names', 'Thyrotoxicosis'],
  ['Species', 'Domestic cat'],
  ['Usual onset', 'Over 10 years of age'],
  ['Treatment', 'Medication, diet, radioiodine, surgery'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About PetCareWiki', 'Disclaimers', 'Mobile view'];
const mHead = (id: string, t: string, lvl = 2): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${t}</h${lvl}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Feline_hyperthyroidism&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mToc = (t: string, n: string): string => `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}">
<div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${t}</span></div></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - PetCareWiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Feline_hyperthyroidism","wgTitle":"Feline hyperthyroidism","wgCurRevisionId":18842,"wgArticleId":2207};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><link rel="canonical" href="https://petcarewiki.org/wiki/Feline_hyperthyroidism"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Feline_hyperthyroidism
rootpage-Feline_hyperthyroidism skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label
id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button"
aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong
class="mw-logo-wordmark">PetCareWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><div class="vector-typeahead-search-container">
<div class="cdx-typeahead-search">
<form action="/w/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search PetCareWiki" aria-label="Search PetCareWiki" accesskey="f"
id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div><nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list"><li id="pt-createaccount"
class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"
data-feature-name="toc-pinned"><h2 class="vector-pinnable-header-label">Contents
</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a>
</li>${['Signs', 'Diagnosis', 'Treatment', 'Prognosis', 'References'].map((t, i) => mToc(t, String(i + 1))).join('')}</ul>
</div></div></nav></div><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav><nav aria-label="Views">
<ul class="vector-menu-content-list">${links(mTabs.slice(2), 'mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-label-text">Tools</div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub"
class="noprint">From PetCareWiki, the free pet health encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en"
dir="ltr"><table class="infobox"><caption class="infobox-title">${mTitle}</caption><tbody>${mInfo
  .map(
    ([k, v]) => `<tr><th scope="row"
class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`,
  )
  .join('')}</tbody></table>
${ps([mLead])}
${mHead('Signs', 'Signs')}${ps(mSigns)}<ul>${lis(mSignList)}</ul>${ps([mSigns2])}
${mHead('Diagnosis', 'Diagnosis')}${ps(mDiag)}
${mHead('Treatment', 'Treatment')}${ps([mTreat])}
${mOpts.map((o, i) => `${mHead(mH[i + 3] ?? '', mH[i + 3] ?? '', 3)}${ps([o])}`).join('\n')}
${mHead('Prognosis', 'Prognosis')}${ps([mProg])}
${mHead('References', 'References')}<div class="reflist"><div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}">
<span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('')}</ol></div></div>
<!-- NewPP limit report Parsed by mw-web.eqiad.main CPU time usage: 0.212 seconds --></div><noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1"
alt=""
width="1" height="1" style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr"
href="https://petcarewiki.org/w/index.php?title=Feline_hyperthyroidism&amp;oldid=18842">
https://petcarewiki.org/w/index.php?title=Feline_hyperthyroidism&amp;oldid=18842</a>"
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Cat_diseases">Cat diseases</a></li><li>
<a href="/wiki/Category:Endocrine_disorders">Endocrine
disorders</a></li></ul></div></div></div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 September 2026, at 14:22.</li><li id="footer-info-copyright">Text is available under the
<a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License</a>;
additional terms may
apply.</li></ul><ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":141});});</script></body></html>`;
const mediawikiThyroid: TestPage = page({
  name: 'heldout484-mediawiki-feline-hyperthyroidism',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, ...mSigns, ...mSignList, mSigns2, ...mDiag, mTreat, ...mOpts, mProg]),
  bylines: ['This page was last edited on 9 September 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mMenu, 'PetCareWiki', 'Search', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    'References', ...mTabs, 'Tools', 'From PetCareWiki, the free pet health encyclopedia', ...mInfo.flatMap((r) => r), 'edit', ...texts(mRefs),
    'Categories', 'Cat diseases', 'Endocrine disorders',
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...mFoot,
  ],
});

export const HELDOUT484_F: readonly TestPage[] = [ghostRabbits, mediawikiThyroid];
