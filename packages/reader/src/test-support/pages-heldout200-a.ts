import { links, ps, type TestPage, texts } from './page-kit.js';
import { quizletSet } from './pages-heldout200-a2.js';

/**
 * Held-out batch 200, file a: a BBC Bitesize GCSE geography revision page (the BBC masthead with skip links and the
 * global nav, the Bitesize nav, breadcrumbs, "Part of" line, the Revise / Test tabs and page list, a "Key points" box at
 * the top of the text, an image with caption and credit, the next-page link, the "Test your knowledge" quiz promo, the
 * "More on" rail, "Related links", the cookie prompt and the BBC footer) and, from file a2, a Quizlet study set.
 */
const bbTitle = 'Coastal erosion and transport - AQA';
const bbKey = [
  'Waves shape the coast through four processes of erosion: hydraulic action, abrasion, attrition and solution.',
  'Material is moved along the coast by longshore drift, in the direction of the prevailing wind.',
  'Destructive waves remove material from a beach, while constructive waves build it up.',
];
const bbH1 = 'How waves erode the coast';
const bbP1 = [
  'The power of a wave depends on how strong the wind is, how long it has been blowing and the <strong>fetch</strong>, which is ' +
    'the distance of open water the wind has travelled over. At Holmcliffe Bay on the Carrick coast, south-westerly winds cross ' +
    'more than 5,000 km of open sea, so the waves that reach the cliffs in winter carry a great deal of energy.',
  'Geographers describe four ways in which that energy wears away the land:',
];
const bbList1 = [
  '<strong>Hydraulic action</strong> – waves force air and water into cracks in the rock. The pressure builds up and the ' +
    'cracks widen until pieces of rock break off.',
  '<strong>Abrasion</strong> – waves pick up sand and pebbles and hurl them against the cliff, scraping it like sandpaper.',
  '<strong>Attrition</strong> – rocks carried by the sea knock against each other and become smaller and more rounded.',
  '<strong>Solution</strong> – weak acids in sea water dissolve some types of rock, such as chalk and limestone.',
];
const bbH2 = 'Destructive and constructive waves';
const bbP2 = [
  'Not every wave removes material. <strong>Destructive waves</strong> are tall and frequent, arriving at ten to fourteen a ' +
    'minute. Their backwash is stronger than their swash, so they drag sand and shingle away from the beach and the beach ' +
    'becomes steeper.',
  '<strong>Constructive waves</strong> are low and far apart, arriving at six to nine a minute. Their swash is stronger than ' +
    'their backwash, so they push material up the beach and leave it there, building a wide, gently sloping beach.',
];
const bbH3 = 'How material is transported';
const bbP3 = [
  'Once rock has been broken down, the sea moves it in four ways. Large boulders are rolled along the sea bed by ' +
    '<strong>traction</strong>. Pebbles bounce along in a movement called <strong>saltation</strong>. Fine sand and silt are ' +
    'carried in <strong>suspension</strong>, and dissolved minerals are carried in <strong>solution</strong>.',
  'Waves usually approach the shore at an angle set by the prevailing wind. The swash carries material up the beach at that ' +
    'angle, but the backwash pulls it straight back down under gravity. Over time this zig-zag movement, called ' +
    '<strong>longshore drift</strong>, carries sand and shingle along the coast.',
  'Along the Carrick coast, longshore drift moves material eastwards towards the mouth of the River Tamsey. Wooden groynes ' +
    'were built at Holmcliffe in 1998 to trap sand and stop the beach there from disappearing.',
];
const bbOrb = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Bitesize', 'CBeebies', 'CBBC', 'Food', 'More'];
const bbNav = ['Primary', 'Secondary', 'Post-16', 'Careers', 'Support', 'Teachers'];
const bbCrumbs = ['Home', 'GCSE', 'Geography', 'AQA'];
const bbPages = ['Coastal erosion and transport', 'Coastal deposition', 'Landforms created by erosion', 'Coastal management'];
const bbMore = [
  'Landforms created by deposition - AQA',
  'Hard and soft engineering - AQA',
  'Case study: managing the Holderby coast - AQA',
  'River processes - AQA',
];
const bbRelated = ['Personalise your Bitesize!', 'Jobs that use Geography', 'Geography exam practice', 'BBC Bitesize Podcasts'];
const bbCaption = 'Waves breaking against the chalk cliffs at Holmcliffe Bay during a winter storm.';
const bbCredit = 'Image caption, Image credit: Getty Images';
const bbCookie = [
  'Let us know you agree to cookies',
  'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
  'Yes, I agree',
  'No, take me to settings',
];
const bbFoot = [
  'Terms of Use',
  'About the BBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Parental Guidance',
  'Contact the BBC',
  'Get Personalised Newsletters',
  'Why you can trust the BBC',
  'Advertise with us',
  'Do not share or sell my info',
];
const bbCopy = 'Copyright © 2026 BBC. The BBC is not responsible for the content of external sites.';
const bbHtml = `<!DOCTYPE html>
<html lang="en-GB" class="b-pw-1280 no-touch" id="responsive-news"><head><meta charset="utf-8">
<title>Coastal erosion and transport - Coastal processes - AQA - GCSE Geography Revision - AQA - BBC Bitesize</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Learn about and revise coastal erosion and
transport with GCSE Bitesize Geography (AQA).">
<meta property="og:title" content="${bbTitle}"><meta property="og:site_name" content="BBC Bitesize"><meta name="twitter:site" content="@BBC_Bitesize">
<link rel="canonical" href="https://www.bbc.co.uk/bitesize/guides/zq7k2p9/revision/1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource","name":"${bbTitle}",
"educationalLevel":"GCSE","learningResourceType":"Revision guide","provider":{"@type":"Organization","name":"BBC Bitesize"}}</script>
<script>window.__INITIAL_DATA__={"page":"studyGuide","guideId":"zq7k2p9","pageNumber":1};</script>
<link rel="stylesheet" href="https://static.files.bbci.co.uk/bitesize-v3/css/main.4c1d0a.css"></head>
<body><div id="orb-modules"><header id="orb-banner" role="banner" class="orbit-header-container">
<a class="orb-skip-link" href="#main-content">Skip to content</a><a class="orb-skip-link" href="/accessibility/">Accessibility Help</a>
<div id="orb-header" class="orb-nav-pri orb-nav-pri-white"><a href="https://www.bbc.co.uk" id="homepage-link" aria-label="BBC Homepage">
<span class="orb-hide">BBC Homepage</span></a><div id="idcta-statusbar"><a id="idcta-link" href="/account"><span id="idcta-username">Sign in</span></a></div>
<nav role="navigation" aria-label="BBC" class="orb-nav"><ul id="orb-nav-links" class="orb-nav-links">
${links(bbOrb, 'orb-nav-link')}</ul></nav><div id="orb-search-form"><label for="orb-search-q" class="orb-hide">Search BBC</label>
<input id="orb-search-q" type="text" placeholder="Search BBC"></div></div></header>
<div class="bitesize-header" data-testid="bitesize-header"><a class="bitesize-logo" href="/bitesize"><span class="orb-hide">Bitesize</span></a>
<nav aria-label="Bitesize" class="bitesize-nav"><ul>${links(bbNav, 'bitesize-nav__item')}</ul>
<a class="bitesize-nav__mybitesize" href="/bitesize/my-bitesize">My Bitesize</a></nav></div></div>
<main id="main-content" role="main" class="ssrcss-1ocoo3l-Wrap e42f8511"><nav aria-label="Breadcrumbs" class="ssrcss-breadcrumbs">
<ol>${links(bbCrumbs, 'breadcrumb__item')}</ol></nav>
<div class="ssrcss-guide-header"><h1 class="ssrcss-7wn2ir-Heading" id="main-heading">${bbTitle}</h1>
<p class="ssrcss-part-of">Part of <a href="/bitesize/examspecs/zy3ptyc">Geography</a> <a href="/bitesize/topics/zwc8hyc">Coastal landscapes in the UK</a></p>
<button class="ssrcss-save-button" aria-pressed="false">Save to My Bitesize</button></div>
<nav class="ssrcss-guide-tabs" aria-label="Study guide"><ul><li class="active"><a href="/bitesize/guides/zq7k2p9/revision/1">Revise</a></li>
<li><a href="/bitesize/guides/zq7k2p9/test">Test</a></li><li><a href="/bitesize/guides/zq7k2p9/video">Video</a></li></ul></nav>
<div class="ssrcss-guide-pages"><h2 class="ssrcss-pages-heading">Pages</h2><ol>${links(bbPages, 'ssrcss-guide-page')}</ol></div>
<div class="ssrcss-guide-body" data-component="study-guide-body">
<section class="ssrcss-key-points" aria-labelledby="key-points"><h2 id="key-points" class="ssrcss-key-points__title">Key points</h2>
<ul>${bbKey.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<h2 class="ssrcss-heading">${bbH1}</h2>
${ps(bbP1)}
<ul class="ssrcss-list">${bbList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="ssrcss-figure"><img src="https://ichef.bbci.co.uk/images/ic/976xn/p0k2m8wd.jpg" alt="Large waves hitting white cliffs">
<figcaption><span class="ssrcss-hidden">${bbCredit}</span><p>${bbCaption}</p></figcaption></figure>
<h2 class="ssrcss-heading">${bbH2}</h2>
${ps(bbP2)}
<h2 class="ssrcss-heading">${bbH3}</h2>
${ps(bbP3)}
</div>
<nav class="ssrcss-guide-pagination" aria-label="Pagination"><span class="ssrcss-page-count">Page 1 of 4</span>
<a class="ssrcss-next" href="/bitesize/guides/zq7k2p9/revision/2"><span>Next page</span> <span>Coastal deposition</span></a></nav>
<section class="ssrcss-test-promo"><h2>Test your knowledge</h2><p>Take a quick quiz to check what you have learned.</p>
<a href="/bitesize/guides/zq7k2p9/test">Take the test</a></section>
<section class="ssrcss-more-on" aria-labelledby="more-on"><h2 id="more-on">More on Coastal landscapes in the UK</h2>
<p>Find out more by working through a topic</p><ul>${links(bbMore, 'ssrcss-promo')}</ul></section>
<aside class="ssrcss-related-links" aria-labelledby="related"><h2 id="related">Related links</h2><ul>${links(bbRelated)}</ul></aside></main>
<div id="bbccookies" class="bbccookies-banner" role="region" aria-label="Cookie prompt"><h2 id="bbccookies-prompt-title">${bbCookie[0]}</h2>
<p>${bbCookie[1]}</p><ul class="bbccookies-buttons"><li><button id="bbccookies-continue-button">${bbCookie[2]}</button></li>
<li><a id="bbccookies-settings" href="/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/">${bbCookie[3]}</a></li></ul></div>
<footer id="orb-footer" role="contentinfo" class="orb-footer"><div class="orb-footer-inner"><h2 class="orb-footer-lead">Explore the BBC</h2>
<ul class="orb-footer-links">${links(bbFoot)}</ul><small><span class="orb-hide">BBC</span> ${bbCopy}
<a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></small></div></footer>
<script src="https://static.files.bbci.co.uk/orbit/7c0e1b1/js/orb.min.js" defer></script>
<script>window.bbcpage && bbcpage.loadModule(["bitesize/study-guide"]);</script></body></html>`;
const bitesize: TestPage = {
  html: bbHtml,
  name: 'heldout200-bbc-bitesize-docs',
  kind: 'docs',
  // the "Key points" box at the top is part of the revision text (its heading is a heading, its items body); the
  // "Pages" list repeats the guide's page titles and is furniture with the tabs, "Part of" line, quiz promo and rails
  title: bbTitle,
  headings: ['Key points', bbH1, bbH2, bbH3],
  body: [...bbKey, ...texts(bbP1), ...texts(bbList1), ...texts(bbP2), ...texts(bbP3)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Accessibility Help', 'Sign in', ...bbOrb, 'Search BBC', ...bbNav, 'My Bitesize', 'GCSE', 'Geography', 'Part of',
    'Coastal landscapes in the UK', 'Save to My Bitesize', 'Revise', 'Test', 'Video', 'Pages', 'Coastal deposition', 'Landforms created by erosion',
    'Coastal management', bbCredit, bbCaption, 'Page 1 of 4', 'Next page', 'Test your knowledge', 'Take a quick quiz to check what you have learned.',
    'Take the test', 'More on Coastal landscapes in the UK', 'Find out more by working through a topic', ...bbMore, 'Related links', ...bbRelated,
    ...bbCookie, 'Explore the BBC', ...bbFoot.filter((t) => t !== 'Accessibility Help'), bbCopy, 'Read about our approach to external linking.',
  ],
};

export const HELDOUT200_A: readonly TestPage[] = [bitesize, quizletSet];
