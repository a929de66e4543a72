import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout701-kit.js';

/**
 * Held-out batch 701, file a: a health story of a national broadcaster's news site (BBC-style React article with
 * text-block, subheadline-block and links-block components), and a long-read feature of a science magazine on WordPress VIP.
 */
const bTitle = 'Finger-prick test could halve wait for heart failure diagnosis';
const bIntro = j(
  'A finger-prick blood test carried out in GP surgeries could halve the time it takes to diagnose heart failure, a two-year',
  'trial in the north of England suggests.',
);
const bA = [
  j('The test measures a hormone released by an overstretched heart and gives a result in about 12 minutes, while the patient', 'is still in the room.'),
  j(
    'At present, most patients with breathlessness or swollen ankles have blood taken and sent to a hospital laboratory, and',
    'wait on average five weeks for a heart scan if the result is raised.',
  ),
  j(
    'In the trial, which involved 4,200 patients at 38 practices around Wexcombe and Tadley Moor, the median time from first',
    'appointment to diagnosis fell from 71 days to 33.',
  ),
  j('The findings have been published in the Journal of Primary Cardiac Care and were presented at a conference in Harrowgate', 'on Friday.'),
];
const bHeads = ['‘I thought it was my age’', 'Pressure on scanning', 'Wider roll-out'];
const bB = [
  j(
    'Margaret Hollins, 71, from Tadley Moor, was one of the first patients to have the test after months of feeling tired and',
    'short of breath on the stairs.',
  ),
  j(
    '“I thought it was my age, to be honest,” she said. “The doctor did the test there and then, and I had my scan the',
    'following week. I’m on tablets now and I can walk to the shops again.”',
  ),
  j(
    'Heart failure means the heart is not pumping blood around the body as well as it should. About 900,000 people in the',
    'country are thought to be living with it, and many are only diagnosed after an emergency admission to hospital.',
  ),
];
const bC = [
  j(
    'Prof Anil Castellan, of the University of Wexcombe, who led the study, said the test did not replace a heart scan but',
    'helped doctors decide who needed one first.',
  ),
  j(
    '“Around six in ten people we tested had a normal result, which means their GP could look for other causes straight away',
    'instead of waiting for a scan that was always going to be clear,” he said.',
  ),
  j('That freed up appointments in the hospital’s echocardiography service, which had a waiting list of more than 2,000', 'people when the trial began.'),
  j(
    'The test kits, made by Lunor Diagnostics, cost about £19 each. The researchers estimate the scheme saved £410 per patient,',
    'mostly by avoiding unnecessary hospital referrals.',
  ),
];
const bD = [
  j('The National Institute for Clinical Review, which advises the health service on value for money, said it would consider', 'the evidence later this year.'),
  j(
    'Dr Ruth Abernethy, of the College of Family Doctors, welcomed the results but warned that practices would need funding',
    'for staff time and equipment. “A test is only as good as the pathway behind it,” she said.',
  ),
  'The Department of Health said it was “looking closely” at the findings.',
];
const bAlso = [
  'Why are so many people waiting for heart scans?',
  'The village where every adult had a health check',
  'Smartwatch alerts ‘sending worried well to A&amp;E’',
];
const bMore = ['Heart scan waits at record high, figures show', 'What is heart failure and how is it treated?'];
const bTopics = ['Heart disease', 'Tadley Moor', 'Wexcombe', 'Medical research'];
const bTop = [
  'Ferry operator fined over Firth crossing collision',
  'Interest rates held for third month running',
  'Storm Agnes: Rail lines reopen after flooding',
];
const bFeat = ['The nurses who swapped wards for a lifeboat', 'Can a four-day week work in a hospital?'];
const bMost = [
  'Power cut leaves 40,000 homes without heating',
  'School meal prices to rise in April',
  'Finger-prick test could halve wait for heart failure diagnosis',
  'Missing walker found safe on Carrow Fell',
  'Bus fare cap extended to end of year',
];
const bNav = ['Home', 'News', 'Sport', 'Weather', 'Player', 'Radio', 'Learning'];
const bNews = ['Home', 'World', 'UK', 'Business', 'Politics', 'Health', 'Education', 'Science', 'Technology'];
const bFoot = [
  'Terms of Use',
  'About the HBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Parental Guidance',
  'Contact the HBC',
  'Get Personalised Newsletters',
];
const tb = (inner: string): string =>
  `<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1">
${inner}</div></div>`;
const bp = (t: string): string => tb(`<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">${t}</p>`);
const sub = (t: string): string =>
  `<div data-component="subheadline-block" class="ssrcss-1dyjx1n-ComponentWrapper"><h2 class="ssrcss-15sbmgo-StyledHeading e10rt3ze0">${t}</h2></div>`;
const fig = (src: string, credit: string, caption: string): string =>
  `<div data-component="image-block" class="ssrcss-1xyqa4r-ComponentWrapper"><figure class="ssrcss-wpgbih-StyledFigure e34k3c23">
<div class="ssrcss-ihyrt4-StyledFigureContainer e34k3c21"><span class="ssrcss-mf1bx2-ImageWrapper"><img sizes="(min-width: 1280px) 50vw, 100vw"
src="https://ichef.hbcimg.co.uk/news/976/cpsprodpb/${src}.jpg.webp" loading="lazy" alt="" class="ssrcss-evoj7m-Image"></span>
<span role="text" class="ssrcss-1f4e66v-StyledFigureCopyright e34k3c20">
<span class="ssrcss-1b1mki6-VisuallyHidden e16en2lz0">Image source, </span>${credit}</span>
</div><figcaption class="ssrcss-1bhsy5a-Caption e34k3c22"><span class="ssrcss-1b1mki6-VisuallyHidden e16en2lz0">Image caption, </span>${caption}</figcaption>
</figure></div>`;
const li = (items: readonly string[]): string =>
  items.map((t) => `<li class="ssrcss-1q9n2vo-StyledListItem"><a class="ssrcss-afqep1-StyledLink" href="/news/health-${t.length}04">${t}</a></li>`).join('\n');
const bHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heart failure: Finger-prick test could halve wait for diagnosis - HBC News</title>
<meta name="description" content="A trial at 38 GP practices found a 12-minute test cut the time to diagnosis from 71 days to 33.">
<meta property="og:title" content="Finger-prick test could halve wait for heart failure diagnosis"><meta property="og:type" content="article">
<meta property="og:site_name" content="HBC News"><meta property="og:image" content="https://ichef.hbcimg.co.uk/news/1024/branded_news/4f2a/test.jpg">
<meta name="twitter:card" content="summary_large_image"><meta name="article:section" content="Health">
<link rel="canonical" href="https://www.hbc.co.uk/news/articles/c9x2kq71vd4o">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.hbc.co.uk/news/articles/c9x2kq71vd4o",
"headline":"Finger-prick test could halve wait for heart failure diagnosis","datePublished":"2027-02-14T00:04:11.000Z",
"author":[{"@type":"Person","name":"Tom Varga","jobTitle":"Health correspondent"}],"publisher":{"@type":"NewsMediaOrganization","name":"HBC News"}}</script>
<link rel="stylesheet" href="https://static.files.hbci.co.uk/core/website/assets/static/webcore/css/news.9a1c2e.css">
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"article\\":{\\"id\\":\\"c9x2kq71vd4o\\",\\"section\\":\\"health\\"}}}";</script>
<script>window.hbcuser={"signedIn":false,"allowAds":true};</script></head>
<body><div id="__next"><div class="ssrcss-1ocoo3l-Wrap e42f8511">
<div id="cookie-banner" class="ssrcss-1crcxuf-CookieBanner" role="region" aria-label="Cookie banner"><div class="cookie-banner__content">
<h2 class="cookie-banner__title">Let us know you agree to cookies</h2>
<p class="cookie-banner__text">We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<ul class="cookie-banner__buttons"><li><button id="hbccookies-continue-button">Yes, I agree</button></li>
<li><a href="/usingthehbc/cookies/how-can-i-change-my-hbc-cookie-settings/">No, take me to settings</a></li></ul></div></div>
<header class="ssrcss-1bvg8kx-Header" role="banner"><a href="#main-content" class="ssrcss-1p3kafw-SkipLink e1y0kn8e0">Skip to content</a>
<div class="ssrcss-uf5dz5-GlobalNavigation"><a href="https://www.hbc.co.uk" class="ssrcss-rj9umk-BrandLink"><svg aria-hidden="true" viewBox="0 0 83 24">
<title>HBC</title><path d="M0 0h24v24H0z"></path></svg><span class="ssrcss-1b1mki6-VisuallyHidden">HBC Homepage</span></a>
<div class="ssrcss-1x7b3f3-AccountWrapper"><a href="https://account.hbc.com/signin" class="ssrcss-z3fnvd-AccountLink"><span>Sign in</span></a></div>
<nav aria-label="HBC" class="ssrcss-1k0yxtc-NavigationWrapper"><ul role="list" class="ssrcss-10p3yu8-NavigationList">
${links(bNav, 'ssrcss-1r4g8bk-NavigationListItem')}</ul></nav></div>
<div class="ssrcss-1y3jr9x-ProductNavigation"><a href="/news" class="ssrcss-1hlxxic-ProductLink">HBC News</a>
<nav aria-label="News" class="ssrcss-kdl6v4-StyledNav"><ul role="list" class="ssrcss-1fvu4u8-StyledList">
${links(bNews, 'ssrcss-hgjy8b-StyledMenuItem')}</ul></nav></div></header>
<div class="ssrcss-1m5e1py-AdSlotWrapper" data-testid="leaderboard-ad"><div class="ssrcss-14fgp6f-AdLabel">Advertisement</div>
<div id="dotcom-leaderboard" class="dotcom-ad"></div></div>
<main id="main-content" data-testid="main-content" class="ssrcss-1sm2u9x-StyledMain e1yhrsh80">
<article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l5">
<header data-component="headline-block" class="ssrcss-1xjjfut-HeadingWrapper"><h1 id="main-heading" type="headline" tabindex="-1"
class="ssrcss-1pl2zfy-StyledHeading e10rt3ze0">${bTitle}</h1></header>
<div data-component="byline-block" class="ssrcss-1l2btwq-ComponentWrapper"><div data-testid="byline-new" class="ssrcss-1mfzgz0-BylineWrapper">
<div class="ssrcss-m5j4pi-MetadataStrip">
<time data-testid="timestamp" datetime="2027-02-14T00:04:11.000Z" class="ssrcss-1if1g9v-MetadataText">14 February 2027</time>
<div class="ssrcss-o1sssg-ShareSaveWrapper"><button type="button" class="ssrcss-1j6w4x2-ShareButton" aria-label="Share">
<svg aria-hidden="true" viewBox="0 0 32 32"><path d="M32 0H14l6 6-11 11 6 6 11-11 6 6z"></path></svg><span>Share</span></button>
<button type="button" class="ssrcss-1cmgbgk-SaveButton" aria-label="Save"><svg aria-hidden="true" viewBox="0 0 32 32"><path d="M4 0v32l12-8 12 8V0z"></path>
</svg><span>Save</span></button></div></div>
<div data-testid="byline-new-contributors" class="ssrcss-68pt20-Text-TextContributorName"><span class="ssrcss-1b1mki6-VisuallyHidden">Author, </span>
<span data-testid="byline-new-contributor-name">Tom Varga</span><div class="ssrcss-84ltp5-Text">
<span class="ssrcss-1b1mki6-VisuallyHidden">Role, </span>Health correspondent</div>
</div></div></div>
${tb(`<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10"><b class="ssrcss-hmf8ql-BoldText e5tfeyi3">${bIntro}</b></p>`)}
${fig('4f2a/test', 'Lunor Diagnostics', 'The test gives a result in about 12 minutes')}
${bA.map(bp).join('\n')}
${tb(`<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10"><b class="ssrcss-hmf8ql-BoldText e5tfeyi3">You may also be interested in:</b></p>
<ul class="ssrcss-1ob1ogr-BulletListContainer" role="list">${li(bAlso)}</ul>`)}
${sub(at(bHeads, 0))}
${bp(at(bB, 0))}
${fig('9c01/hollins', 'Family handout', 'Margaret Hollins says she can now walk to the shops again')}
${bp(at(bB, 1))}
${bp(at(bB, 2))}
${sub(at(bHeads, 1))}
${bC.map(bp).join('\n')}
${sub(at(bHeads, 2))}
${bD.map(bp).join('\n')}
${tb(`<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10"><i class="ssrcss-cbbpm4-ItalicText">If you have been affected by any of the issues in this story,
help and support is available from <a href="/actionline/heart" class="ssrcss-yn4ndz-InlineLink">HBC Action Line</a>.</i></p>`)}
<div data-component="links-block" class="ssrcss-1l2btwq-ComponentWrapper"><div class="ssrcss-1tdmepx-HeadingWrapper">
<h2 class="ssrcss-1rrjkv7-StyledHeading">More on this story</h2></div><ul role="list" class="ssrcss-gb1x0w-Stack">${li(bMore)}</ul></div>
<div data-component="links-block" class="ssrcss-1l2btwq-ComponentWrapper"><div class="ssrcss-1tdmepx-HeadingWrapper">
<h2 class="ssrcss-1rrjkv7-StyledHeading">Related internet links</h2></div><ul role="list" class="ssrcss-gb1x0w-Stack">
<li><a href="https://jpcc.example.org/2027/heart-failure-point-of-care">Journal of Primary Cardiac Care</a></li></ul>
<p class="ssrcss-1xn8a1t-Disclaimer">The HBC is not responsible for the content of external sites.</p></div>
<div data-component="topic-list" class="ssrcss-1qmkvfu-TopicListWrapper"><div class="ssrcss-1tdmepx-HeadingWrapper">
<h2 class="ssrcss-1rrjkv7-StyledHeading">Related topics</h2></div><ul role="list" class="ssrcss-1nk86ub-TopicList">
${links(bTopics, 'ssrcss-1q9n2vo-StyledListItem')}</ul></div>
</article>
<div class="ssrcss-1m5e1py-AdSlotWrapper" data-testid="mpu-ad"><div class="ssrcss-14fgp6f-AdLabel">Advertisement</div><div id="dotcom-mpu" class="dotcom-ad">
</div></div>
<section data-component="top-stories" class="ssrcss-1n2bkex-Section"><h2 class="ssrcss-1rrjkv7-StyledHeading">Top stories</h2>
<ul role="list">${li(bTop)}</ul></section>
<section data-component="features" class="ssrcss-1n2bkex-Section"><h2 class="ssrcss-1rrjkv7-StyledHeading">Features</h2>
<ul role="list">${li(bFeat)}</ul></section>
<section data-component="most-read" class="ssrcss-1n2bkex-Section" aria-labelledby="most-read-heading"><h2 id="most-read-heading"
class="ssrcss-1rrjkv7-StyledHeading">Most read</h2><ol role="list" class="ssrcss-1tz1n9d-MostReadList">
${bMost.map((t, i) => `<li><span class="ssrcss-8xsuu8-Rank" aria-hidden="true">${i + 1}</span><a href="/news/mr-${i}">${t}</a></li>`).join('\n')}
</ol></section></main>
<footer class="ssrcss-1ot9uuq-Footer" role="contentinfo"><a href="https://www.hbc.co.uk" class="ssrcss-rj9umk-BrandLink">
<span class="ssrcss-1b1mki6-VisuallyHidden">HBC Homepage</span></a><ul role="list" class="ssrcss-11gk5r4-LinkList">${links(bFoot)}</ul>
<p class="ssrcss-1t6f9i6-Copyright">Copyright 2027 HBC. All rights reserved. The <strong>HBC</strong> is <strong>not responsible for the content of external
sites.</strong> <a href="/editorialguidelines/guidance/links">Read about our approach to external linking.</a></p></footer>
</div></div><script src="https://static.files.hbci.co.uk/core/website/assets/static/webcore/js/news.9a1c2e.js" defer></script></body></html>`;
const hbc: TestPage = gold({
  name: 'heldout701-broadcaster-heart-test',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts([bIntro, ...bA, ...bB, ...bC, ...bD]),
  bylines: ['14 February 2027', 'Tom Varga', 'Health correspondent'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Let us know you agree to cookies',
    'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.', 'Yes, I agree',
    'No, take me to settings', 'Skip to content', 'HBC Homepage', 'Sign in', ...bNav, 'HBC News', ...bNews, 'Advertisement', 'Share', 'Save',
    'Author,', 'Role,', 'Image source,', 'Lunor Diagnostics', 'Image caption,', 'The test gives a result in about 12 minutes',
    'You may also be interested in:', ...texts(bAlso), 'Family handout', 'Margaret Hollins says she can now walk to the shops again',
    'If you have been affected by any of the issues in this story, help and support is available from HBC Action Line.',
    'More on this story', ...bMore, 'Related internet links', 'Journal of Primary Cardiac Care',
    'The HBC is not responsible for the content of external sites.', 'Related topics', ...bTopics, 'Top stories', ...bTop, 'Features',
    ...bFeat, 'Most read', ...bMost, ...bFoot, 'Copyright 2027 HBC. All rights reserved.', 'Read about our approach to external linking.',
  ],
});

const mTitle = 'The soil microbes that eat antibiotics for breakfast';
const mDek = j(
  'In a hedgerow in the Harl Valley, a team of microbiologists found bacteria that don’t just resist penicillin-like drugs —',
  'they live on them. What that means for hospitals is less scary, and more interesting, than it sounds.',
);
const mHeads = ['Not the first, but the hungriest', 'Should hospitals worry?', 'A clean-up crew?'];
const mA = [
  j(
    'On a wet morning in October 2023, Ines Marchetti pushed a steel corer into the bank of a hedgerow on a dairy farm near',
    'Coldharbour, in the Harl Valley, and pulled out a plug of dark, crumbly soil. She did it 140 more times that autumn.',
    'Back at the Pennock Institute’s microbiology labs, most of those samples behaved as expected. Eleven did not.',
  ),
  j(
    'When Marchetti and her colleagues spread diluted soil on plates containing nothing but a penicillin-like antibiotic as',
    'food, colonies grew on them within four days. The bacteria were not merely tolerating the drug. They were breaking it',
    'down and using its carbon to build new cells.',
  ),
  j(
    '“The first time, we assumed it was contamination,” says Marchetti, now a postdoctoral researcher at the institute.',
    '“The second time, we assumed we had made a mistake with the plates. By the fifth time, we started to get excited.”',
  ),
];
const mB = [
  j(
    'Bacteria that can feed on antibiotics have been reported before, most often from soils with a long history of manure',
    'spreading. What sets the Harl Valley strains apart is their appetite. In the team’s experiments, published this month in',
    '<em>Microbial Ecology Letters</em>, the fastest strain cleared a dose of the antibiotic from its broth in under nine',
    'hours — roughly three times faster than any previously described.',
  ),
  j(
    'The group has given the strain a working name, HV-7, and sequenced its genome. It carries a cluster of eight genes that,',
    'together, open the drug’s core ring, snip off the side chain and feed the pieces into the cell’s ordinary metabolism.',
  ),
];
const mC = [
  j(
    'Any story about antibiotic resistance tends to set off alarms, and Marchetti understands why. But she is careful to',
    'separate two things. Breaking down an antibiotic in soil is not the same as surviving it inside a patient, and HV-7 is',
    'not known to cause disease in people or animals.',
  ),
  j(
    'The more realistic concern, says Tobias Wren, a clinical microbiologist at Harrowgate General Hospital who was not',
    'involved in the study, is that genes can move between bacteria. “Soil is an enormous library of resistance genes,” he',
    'says. “Most of them stay on the shelf. The question is always what makes one of them jump.”',
  ),
  j(
    'In HV-7, the eight genes sit on the main chromosome rather than on one of the small, mobile loops of DNA that bacteria',
    'pass to one another. That makes a jump less likely, though not impossible.',
  ),
];
const mD = [
  j(
    'The team is more interested in what the bacteria might do for the environment. Antibiotic residues from farms and sewage',
    'works end up in rivers, where even low concentrations can encourage resistance. A microbe that eats those residues could,',
    'in principle, be put to work in filters at treatment plants.',
  ),
  j(
    'In a small trial at the Coldharbour sewage works last summer, a sand filter seeded with HV-7 removed the following share',
    'of three common antibiotics from treated water:',
  ),
];
const mRows = [
  ['Antibiotic', 'Removed after 24 hours'],
  ['Penicillin G', '82%'],
  ['Amoxicillin', '67%'],
  ['Ampicillin', '59%'],
];
const mE = [
  j(
    'Those numbers come from a single filter over six weeks, Marchetti stresses, and the strain slowed down sharply when the',
    'water temperature dropped below 12°C.',
  ),
  j(
    'For now, the team is returning to the hedgerows. Marchetti wants to know why these eleven samples, all taken within 200',
    'metres of one another, were so different from the rest. Her best guess is an old ditch that once carried run-off from a',
    'calf shed. “The soil remembers,” she says. “We’re only just learning how to read it.”',
  ),
];
const mNav = ['Biology', 'Health', 'Physics', 'Earth', 'Space', 'Podcast'];
const mShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Copy link'];
const mTags = ['Antibiotic resistance', 'Soil', 'Microbiology', 'Wastewater'];
const mRel = ['How a hospital sink became a hotbed of superbugs', 'The quiet return of phage therapy', 'What lives in a teaspoon of forest soil?'];
const mFoot = ['About', 'Masthead', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Use'];
const at2 = (rows: readonly (readonly string[])[], i: number): readonly string[] => rows[i] ?? [];
const mp = (t: string): string => `<p>${t}</p>`;
const mHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The soil microbes that eat antibiotics for breakfast | Perihelion</title>
<!-- This site is optimized with the Yoast SEO Premium plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="Bacteria from a Harl Valley hedgerow live on penicillin-like drugs.">
<link rel="canonical" href="https://perihelionmag.com/2027/02/17/soil-microbes-eat-antibiotics/">
<meta property="og:type" content="article"><meta property="og:title" content="The soil microbes that eat antibiotics for breakfast">
<meta property="og:image" content="https://perihelionmag.com/wp-content/uploads/2027/02/hedgerow-core.jpg?w=1200">
<meta property="article:published_time" content="2027-02-17T10:00:00+00:00"><meta name="author" content="Selma Drury">
<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="6 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"The soil microbes that eat antibiotics for breakfast","author":{"name":"Selma Drury"},"datePublished":"2027-02-17T10:00:00+00:00"}]}</script>
<!-- / Yoast SEO Premium plugin. -->
<meta name="parsely-title" content="The soil microbes that eat antibiotics for breakfast"><meta name="parsely-section" content="Biology">
<link rel='stylesheet' id='wp-block-library-css' href='https://perihelionmag.com/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all'>
<link rel='stylesheet' id='perihelion-main-css' href='https://perihelionmag.com/wp-content/themes/perihelion/dist/css/main.css?ver=4.2.1' media='all'>
<script id="perihelion-config-js-extra">var perihelionConfig = {"meter":{"limit":3,"used":1},"ads":{"network":"21774","zone":"biology"}};</script>
<script src="https://perihelionmag.com/wp-content/mu-plugins/vip-helpers/js/vip-stats.js?ver=6.4.3" id="vip-stats-js"></script>
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="meter-banner" data-meter="2"><p class="meter-banner__text">You have 2 free articles left this month.</p>
<a class="meter-banner__cta button" href="/subscribe/?ref=meter">Subscribe for unlimited access</a></div>
<header id="masthead" class="site-header"><div class="site-header__inner"><p class="site-title"><a href="https://perihelionmag.com/" rel="home">
<img src="https://perihelionmag.com/wp-content/themes/perihelion/dist/img/logo.svg" alt="Perihelion"></a></p>
<nav id="site-navigation" class="main-navigation" aria-label="Primary menu"><button class="menu-toggle" aria-controls="primary-menu"
aria-expanded="false"><span class="screen-reader-text">Menu</span></button><ul id="primary-menu" class="menu">
${links(mNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></nav>
<div class="site-header__actions"><a class="button button--small" href="/subscribe/">Subscribe</a>
<button class="search-toggle"><span class="screen-reader-text">Search</span></button></div></div></header>
<main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-biology
tag-antibiotic-resistance tag-soil tag-microbiology tag-wastewater">
<header class="entry-header"><div class="entry-kicker"><a href="https://perihelionmag.com/category/biology/" rel="category tag">Biology</a></div>
<h1 class="entry-title">${mTitle}</h1><p class="entry-dek">${mDek}</p>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="https://perihelionmag.com/author/sdrury/">Selma
Drury</a></span></span><span class="sep" aria-hidden="true">·</span><time class="entry-date published" datetime="2027-02-17T10:00:00+00:00">February 17,
2027</time><span class="sep" aria-hidden="true">·</span><span class="reading-time">6 min read</span></div>
<div class="share-bar share-bar--top"><span class="share-bar__label">Share this article</span><ul class="share-bar__list">
${links(mShare, 'share-bar__item')}</ul></div></header>
<figure class="post-thumbnail wp-block-image size-full"><img width="1200" height="800"
src="https://perihelionmag.com/wp-content/uploads/2027/02/hedgerow-core.jpg?w=1200" class="attachment-full wp-post-image" alt=""
decoding="async" fetchpriority="high"><figcaption class="wp-element-caption">Ines Marchetti takes a soil core from a hedgerow bank near Coldharbour.
<span class="credit">Photo: Daniel Oyelaran for Perihelion</span></figcaption></figure>
<div class="entry-content">
${mA.map(mp).join('\n')}
<h2 class="wp-block-heading">${at(mHeads, 0)}</h2>
${mp(at(mB, 0))}
<aside class="inline-related" aria-label="Related article"><span class="inline-related__label">Related</span>
<a class="inline-related__link" href="https://perihelionmag.com/2026/09/04/hospital-sink-superbugs/">${at(mRel, 0)}</a></aside>
${mp(at(mB, 1))}
<figure class="wp-block-pullquote"><blockquote><p>Eleven samples out of 141 grew on nothing but the drug.</p><cite>Ines Marchetti</cite></blockquote></figure>
<h2 class="wp-block-heading">${at(mHeads, 1)}</h2>
${mC.map(mp).join('\n')}
<div class="newsletter-inline"><h3 class="newsletter-inline__title">Get The Orbit in your inbox</h3>
<p class="newsletter-inline__text">Our weekly newsletter on the science that matters, every Friday.</p><form class="newsletter-inline__form"
action="/newsletter/subscribe" method="post"><label for="nl-email" class="screen-reader-text">Email address</label><input type="email" id="nl-email"
placeholder="you@example.com"><button type="submit">Sign up</button></form></div>
<h2 class="wp-block-heading">${at(mHeads, 2)}</h2>
${mp(at(mD, 0))}
<div class="ad-slot ad-slot--inline" data-slot="mid-article"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-1708163-2"></div></div>
${mp(at(mD, 1))}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>${at(at2(mRows, 0), 0)}</th><th>${at(at2(mRows, 0), 1)}</th></tr></thead><tbody>
${mRows
  .slice(1)
  .map((r) => `<tr><td>${at(r, 0)}</td><td>${at(r, 1)}</td></tr>`)
  .join('\n')}
</tbody></table><figcaption class="wp-element-caption">Source: Pennock Institute, Coldharbour filter trial, July–August 2026</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://perihelionmag.com/wp-content/uploads/2027/02/hv7-plate.jpg?w=1024" alt="" loading="lazy">
<figcaption class="wp-element-caption">Colonies of HV-7 growing on a plate where the only food is the antibiotic. <span class="credit">Pennock
Institute</span></figcaption></figure>
${mE.map(mp).join('\n')}
</div>
<footer class="entry-footer"><div class="tags-links"><span class="tags-links__label">Tags:</span>
<ul class="tags-links__list">${links(mTags, 'tag')}</ul></div>
<div class="share-bar share-bar--bottom"><span class="share-bar__label">Share this article</span><ul class="share-bar__list">
${links(mShare, 'share-bar__item')}</ul></div>
<div class="republish"><button class="republish__button" data-modal="republish">Republish this article</button></div>
<section class="author-bio"><img src="https://perihelionmag.com/wp-content/uploads/2025/01/sdrury.jpg?w=96" alt="" class="author-bio__avatar">
<div class="author-bio__text"><h2 class="author-bio__name"><a href="https://perihelionmag.com/author/sdrury/">Selma Drury</a></h2>
<p>Selma Drury is a science writer based in Harrowgate. She covers microbiology and public health for Perihelion.</p></div></section></footer>
</article>
<section class="related-posts" aria-labelledby="related-title"><h2 id="related-title" class="related-posts__title">More from Perihelion</h2>
<ul class="related-posts__list">${links(mRel, 'related-posts__item')}</ul></section></main>
<footer id="colophon" class="site-footer"><nav class="footer-navigation" aria-label="Footer menu"><ul class="menu">${links(mFoot, 'menu-item')}</ul></nav>
<p class="site-info">© 2027 Perihelion Media. All rights reserved.</p>
<p class="powered-by"><a href="https://wpvip.com/?utm_source=vip_powered_wpcom&amp;utm_medium=web" rel="generator nofollow">Powered by WordPress VIP</a></p>
</footer>
<script src="https://perihelionmag.com/wp-content/themes/perihelion/dist/js/main.js?ver=4.2.1" id="perihelion-main-js"></script>
<script id="wp-parsely-tracker" src="https://cdn.parsely.com/keys/perihelionmag.com/p.js" async></script></body></html>`;
const vip: TestPage = gold({
  name: 'heldout701-wpvip-soil-antibiotics',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mDek, ...mA, ...mB, ...mC, ...mD, ...mRows.map((r) => r.join(' ')), ...mE]),
  bylines: ['By Selma Drury', 'February 17, 2027', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'You have 2 free articles left this month.', 'Subscribe for unlimited access', 'Menu', ...mNav, 'Subscribe', 'Search',
    'Share this article', ...mShare, 'Ines Marchetti takes a soil core from a hedgerow bank near Coldharbour.',
    'Photo: Daniel Oyelaran for Perihelion', 'Related', ...mRel, 'Eleven samples out of 141 grew on nothing but the drug.', 'Ines Marchetti',
    'Get The Orbit in your inbox', 'Our weekly newsletter on the science that matters, every Friday.', 'Email address', 'Sign up',
    'Advertisement', 'Source: Pennock Institute, Coldharbour filter trial, July–August 2026',
    'Colonies of HV-7 growing on a plate where the only food is the antibiotic.', 'Pennock Institute', 'Tags:', ...mTags,
    'Republish this article', 'Selma Drury',
    'Selma Drury is a science writer based in Harrowgate. She covers microbiology and public health for Perihelion.',
    'More from Perihelion', ...mFoot, '© 2027 Perihelion Media. All rights reserved.', 'Powered by WordPress VIP',
  ],
});

export const HELDOUT701_A: readonly TestPage[] = [hbc, vip];
