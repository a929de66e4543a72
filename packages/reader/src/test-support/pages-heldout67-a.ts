import { links, ps, type TestPage, texts } from './page-kit.js';
import { ukBroadcasterStory } from './pages-heldout67-a2.js';

/**
 * Held-out batch 67, file a: a story on a US national paper's site (a React app with emotion class names and data-testid
 * attributes: skip links, the sections button and masthead, a "Listen to this article" bar, the kicker, headline and summary,
 * the lead photo with its caption and credit, byline with photographer line, published and updated times, the share tools
 * with the comment count, the story body in companion columns broken by ads and a second photo, the print-edition line, the
 * author bio, the topic links, "More in" list, the registration dock, the site index and the footer).
 */
const usTitle = 'Small-Town Pharmacies Are Vanishing. A Kansas Co-op Thinks It Has a Fix.';
const usSummary = 'After the last drugstore in Hillsboro closed, residents pooled $410,000 to open their own. Eighteen months later, other towns are calling.';
const usDateline = 'HILLSBORO, Kan. — ';
const usLead =
  'When the only drugstore in this town of 2,700 closed its doors in the spring of 2023, the nearest place to fill a prescription became a ' +
  'chain pharmacy 31 miles away. For the farmers, retirees and meatpacking workers who live here, that meant a half-day round trip for a ' +
  'bottle of insulin.';
const usBody1 = [
  'Eighteen months later, the lights are back on in a former hardware store on Main Street, and the people behind the counter answer to an ' +
    'unusual set of bosses: 1,140 local residents who each paid at least $100 to become members of the Hillsboro Community Pharmacy Cooperative.',
  '“We didn’t have a buyer, and we didn’t have a chain that wanted us,” said Arlen Voth, a retired grain elevator manager who chairs the ' +
    'co-op’s board. “What we had was a lot of people who were tired of driving to McPherson.”',
  'The cooperative raised $410,000 in member shares and a low-interest loan from a regional development bank, enough to buy shelving, a used ' +
    'dispensing robot and six months of inventory. It hired Dolores Pankratz, a pharmacist who had worked at the old store for 22 years, and ' +
    'two technicians.',
];
const usBody2 = [
  'Rural pharmacies have been closing across the country for more than a decade, squeezed by falling reimbursement rates from the ' +
    'middlemen who manage drug benefits for insurers. Researchers at the <a href="https://example.org/crpa">Center for Rural ' +
    'Pharmacy Access</a>, a nonprofit in Iowa, counted more than 300 independent pharmacy closures in the Great Plains states last ' +
    'year alone, and they estimate that one in eight rural counties now has a single pharmacy or none.',
  'The co-op model does not make those economics disappear. Ms. Pankratz said the store loses money on roughly a fifth of the prescriptions ' +
    'it fills, and it covers the gap with over-the-counter sales, flu shots and a small gift section run by volunteers.',
  'What the model changes, supporters say, is the definition of success. A chain needs a store to meet a profit target; a co-op needs it to ' +
    'break even. The Hillsboro store reported a surplus of $18,600 in its first full year, which the board voted to put toward a delivery van.',
];
const usBody3 = [
  'That arithmetic has drawn attention. Mr. Voth said he had taken calls from officials in at least nine towns in Kansas, Nebraska and ' +
    'Oklahoma, and the state’s rural development office is drafting a guide based on the Hillsboro bylaws.',
  'Not everyone is convinced the idea will travel. Janet Okafor, who studies pharmacy markets at a public policy institute in Denver, said ' +
    'Hillsboro benefited from an experienced pharmacist who was willing to stay, a supportive local bank and a building that cost almost ' +
    'nothing to lease. “Those are three things a lot of towns don’t have,” she said.',
  'On a recent Tuesday, Ms. Pankratz spent part of the morning on the phone with an insurer over a denied claim for a blood thinner. Then she ' +
    'walked a bag of medications across the street to the senior center herself. “The chains never would have done that,” said Loretta ' +
    'Friesen, 84, who was waiting for it. “But then, they never knew my name.”',
];
const usCap1 = 'Dolores Pankratz, the co-op’s pharmacist, worked at the town’s old drugstore for 22 years before it closed.';
const usCap2 = 'Members voted in September to spend the store’s first surplus on a van for home deliveries.';
const usCredit = 'Caleb Ortega for The National Ledger';
const usPrint = [
  'A version of this article appears in print on Nov. 13, 2025, Section A, Page 16 of the National edition with the headline:',
  'Town Builds Its Own Drugstore.',
];
const usPrintLinks = ['Order Reprints', 'Today’s Paper', 'Subscribe'];
const usTopics = ['Rural Areas', 'Drugstores', 'Cooperatives', 'Kansas'];
const usMore = [
  'Why Your Prescription Costs More at One Pharmacy Than Another',
  'A Hospital Closed. Then the Ambulances Stopped Coming.',
  'The Drug Shortage That Nobody Saw Coming',
  'How a Nebraska Town Kept Its Only Doctor',
];
const usIndex = ['U.S.', 'World', 'Business', 'Politics', 'Science', 'Well', 'Opinion', 'Arts', 'Food', 'Travel', 'Real Estate'];
const usFoot = [
  '© 2025 The National Ledger Company',
  'Contact Us',
  'Accessibility',
  'Work with us',
  'Advertise',
  'Your Ad Choices',
  'Privacy Policy',
  'Terms of Service',
  'Terms of Sale',
  'Site Map',
  'Help',
  'Subscriptions',
];
const adSlot = (id: string): string =>
  `<div class="css-10kst5p ad ${id}-wrapper" data-testid="StandardAd"><div class="css-1b8t1ie"><p class="css-1lmt3ln">Advertisement</p>
<a href="#after-${id}" class="css-1ly73wi">SKIP ADVERTISEMENT</a><div id="${id}" data-testid="${id}" class="place-ad" data-size-key="${id}"></div></div>
<div id="after-${id}" class="css-1ly73wi"></div></div>`;
const usHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta charset="utf-8"><title>${usTitle} - The National Ledger</title>
<meta data-rh="true" name="description" content="${usSummary}"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" name="byl" content="By Marisa Whitfield"><meta data-rh="true" name="pdate" content="20251112">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${usTitle}",
"dateModified":"2025-11-13T14:41:07.000Z","datePublished":"2025-11-12T10:00:22.000Z","author":[{"@type":"Person","name":"Marisa Whitfield",
"url":"https://www.nationalledger.example/by/marisa-whitfield"}],"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement",
"isAccessibleForFree":false,"cssSelector":".meteredContent"}}</script>
<style data-emotion="css" data-s="">.css-at9mc1{margin-bottom:0.9375rem;font-family:ledger-imperial-normal,georgia,serif}
.css-1ly73wi{position:absolute;left:-10000px}.css-10kst5p{text-align:center;min-height:250px}</style>
<script>window.__preloadedData = {"initialState":{"article":{"sectionName":"U.S.","subsection":"Rural Health","wordCount":640}}};
window.adClientUtils = window.adClientUtils || {cmd: []};</script>
</head><body>
<div id="app"><div><div class="css-1rx7hge e1m0pzr40"><a href="#site-content" class="css-1ly73wi">Skip to content</a>
<a href="#site-index" class="css-1ly73wi">Skip to site index</a>
<header class="css-ahe4g0 e1m0pzr41" data-testid="masthead-mini-nav"><section class="css-9kr9i3 e1m0pzr42">
<button aria-haspopup="true" aria-expanded="false" aria-label="Sections Navigation &amp; Search" class="css-1hlhb97" data-testid="nav-button">
<svg class="css-1fe7a5q" viewBox="0 0 16 16"><rect x="1" y="3" fill="#333" width="14" height="2"></rect></svg></button>
<div class="css-1gspd7n"><a href="/section/us" class="css-7n4gdp" data-testid="masthead-section-label">U.S.</a></div>
<div class="css-1iz3h5v"><a aria-label="The National Ledger - Home" href="/" class="css-nhjhh0"><svg viewBox="0 0 184 25" fill="#000"></svg></a></div>
<div class="css-16azuq4"><a href="/subscription?campaignId=8HHXJ" class="css-1kj7lfb" data-testid="masthead-subscribe">Subscribe for $1/week</a>
<a href="/login" class="css-1kj7lfb" data-testid="login-button">Log in</a></div></section></header>
<div class="css-1m2yajb" data-testid="listen-bar" role="region" aria-label="Audio player"><button class="css-1r8l3ln" aria-label="Listen to this article">
<span class="css-1c6n1pu">Listen to this article · 8:02 min</span></button><a href="/audio/help" class="css-10xvl2a">Learn more</a></div></div>
<main id="site-content"><div><div class="css-14ao8yi"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1o1qb3i e1h9rw200"><p class="css-1hnnj71 e1ucl4ka0"><a href="/spotlight/rural-health" class="css-wgppbu">Rural America</a></p>
<div class="css-1vkm6nb ehdk2mb0"><h1 class="css-88wicj e1h9rw200" data-testid="headline" id="link-5cd1a29e">${usTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${usSummary}</p>
<div class="css-1a48zt4 ehw59r15" data-testid="imageblock-wrapper"><figure class="css-ahfhhz e1g7ppur0" aria-label="media" role="group">
<div data-testid="imageContainer-children-Image" class="css-1xdhyk6 e1g7ppur1"><picture><source media="(max-width: 599px)"
srcset="https://static.nationalledger.example/images/2025/11/12/pharmacy-01-mobile.jpg"><img alt="A pharmacist in a white coat counts pills at a counter."
class="css-rq4mmj" src="https://static.nationalledger.example/images/2025/11/12/pharmacy-01-superJumbo.jpg" height="1365" width="2048"
decoding="async"></picture></div><figcaption class="css-jevhma e1g7ppur2"><span class="css-cnj6d5 e1z0qqy90" aria-hidden="false">${usCap1}</span>
<span class="css-1u46b97 e1z0qqy91"><span class="css-1ly73wi">Credit...</span><span>${usCredit}</span></span></figcaption></figure></div>
<div class="css-1vjtc3m e1jz8bat0"><div class="css-10eldoq"><div class="css-aquswq last-byline" data-testid="byline-0">
<p class="css-aknsld e1jsehar1"><span class="css-1ly73wi">By</span> <span class="css-1baulvz" itemprop="name">
<a href="/by/marisa-whitfield" class="css-n8ff4n e1jsehar0">Marisa Whitfield</a></span></p>
<p class="css-aknsld e1jsehar1">Photographs by <span class="css-1baulvz">Caleb Ortega</span></p>
<p class="css-1hlp7ip">Reporting from Hillsboro, Kan.</p></div>
<div class="css-1g4y1iq"><time class="css-1pdhtx8 e16638kd0" datetime="2025-11-12T05:00:22-05:00"><span>Published Nov. 12, 2025</span>
<span class="css-1nhz1ma">Updated Nov. 13, 2025, 9:41 a.m. ET</span></time></div></div></div>
<div class="css-1ao2z8d" data-testid="share-tools"><button class="css-1sjg8c2" data-testid="share-tools-button" aria-label="Share full article">
<span>Share full article</span></button><button class="css-1dmy9v2" data-testid="comments-speech-bubble-header" aria-label="Read 482 comments">
<span class="css-1dmy9v2">482</span></button><button class="css-1uozy0q" data-testid="save-button" aria-label="Save article for reading later...">
<span class="css-1ly73wi">Save article for reading later...</span></button></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-1vm5oi9">
<p class="css-at9mc1 evys1bk0">${usDateline}${usLead}</p>
${ps(usBody1, ' class="css-at9mc1 evys1bk0"')}</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>
${adSlot('mid1')}
<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-1"><div class="css-1vm5oi9">
${ps(usBody2, ' class="css-at9mc1 evys1bk0"')}</div></div>
<div class="css-79elbk" data-testid="photoviewer-wrapper"><figure class="img-sz-medium css-1ao3xf1 e1g7ppur0" aria-label="media" role="group">
<img alt="" class="css-rq4mmj" src="https://static.nationalledger.example/images/2025/11/12/pharmacy-02-articleLarge.jpg" loading="lazy">
<figcaption class="css-jevhma e1g7ppur2"><span class="css-cnj6d5 e1z0qqy90">${usCap2}</span><span class="css-1u46b97 e1z0qqy91">
<span class="css-1ly73wi">Credit...</span><span>${usCredit}</span></span></figcaption></figure></div>
${adSlot('mid2')}
<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-2"><div class="css-1vm5oi9">
${ps(usBody3, ' class="css-at9mc1 evys1bk0"')}</div></div></section>
<div class="bottom-of-article"><div class="css-1ubp8k9"><div class="css-1b0jy0k e1bnn6lx0"><p class="css-1ph4a8m">
<span class="css-8uqp4j">Marisa Whitfield</span> covers rural health care for The Ledger. She is based in Kansas City, Mo.</p></div>
<div class="css-1ntwqy8 e1bnn6lx1"><span class="css-1l1e93i">${usPrint[0]}</span>
<span class="css-1l1e93i">${usPrint[1]}</span> <a href="/reprints">${usPrintLinks[0]}</a> | <a href="/section/todayspaper">${usPrintLinks[1]}</a> |
<a href="/subscribe">${usPrintLinks[2]}</a></div></div>
<div class="css-1sbhl6u" data-testid="share-tools-bottom"><button class="css-1sjg8c2">Share full article</button>
<button class="css-1dmy9v2" aria-label="Read 482 comments">482</button></div>
<div class="css-1vrm5jt" data-testid="see-more-on"><p class="css-1fxv8xe">See more on:</p><ul
class="css-1c4vzno">${links(usTopics, 'css-rtg5bc')}</ul></div></div>
</article>
<section class="css-13q7kds" data-testid="more-in-section" aria-labelledby="more-in-heading"><h2 id="more-in-heading" class="css-13ccwtj">More in Rural
America</h2>
<ol class="css-1p8k6x0">${links(usMore, 'css-11jjg e1nx0xqd0')}</ol></section></div></div></main>
<div id="gateway-content" hidden aria-hidden="true"><div class="css-1w7y5b4"><h3>Thank you for your patience while we verify access.</h3>
<p>Already a subscriber? <a href="/login">Log in.</a></p><p>Want all of The Ledger? <a href="/subscribe">Subscribe.</a></p></div></div>
<div class="css-1xl1p5s" data-testid="expanded-dock"><p class="css-1q9xnwj">Unlock more free articles.</p>
<p class="css-tqaefx">Create an account or log in to keep reading.</p><a href="/register" class="css-1ot9bzl">Continue</a></div>
<nav id="site-index" class="css-1qzq0dx" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1ly73wi">Site Index</h2>
<ul class="css-1dv1kvn">${links(usIndex, 'css-1ts1isb')}</ul></nav>
<footer role="contentinfo" class="css-1s6p7gr"><nav aria-label="Site Information Navigation"><ul class="css-11gm7d">${links(usFoot)}</ul></nav>
</footer></div></div>
<script>window.__hydrated = true;</script><noscript><img src="https://pixel.nationalledger.example/collect?js=0" alt=""></noscript>
</body></html>`;
const usNational: TestPage = {
  html: usHtml,
  name: 'heldout67-us-national-news',
  kind: 'news',
  // the summary under the headline is body (batch 19's dek); the story has no subheads; the dateline "HILLSBORO, Kan." opening
  // the first paragraph is a byline, the rest of that paragraph body; "Marisa Whitfield", the two times, "Reporting from
  // Hillsboro, Kan." and the author's one-line bio under the story are bylines ("By" in neither); the photographer line, the
  // captions and credits ("Credit..." hidden), the kicker "Rural America", "Listen to this article", share tools and the comment
  // count, ad labels, the print-edition line with its links, "See more on", "More in", the hidden gateway, the registration dock,
  // the masthead, site index and footer are furniture; the masthead's "U.S." is in the site index too (kept once); the topic
  // "Kansas" (a title word) and the index's "Travel" (a body word) are left out
  title: usTitle,
  headings: [],
  body: [usSummary, usLead, ...texts(usBody1), ...texts(usBody2), ...texts(usBody3)],
  bylines: [
    'HILLSBORO, Kan.',
    'Marisa Whitfield',
    'Reporting from Hillsboro, Kan.',
    'Published Nov. 12, 2025',
    'Updated Nov. 13, 2025, 9:41 a.m. ET',
    'Marisa Whitfield covers rural health care for The Ledger. She is based in Kansas City, Mo.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to site index', 'Subscribe for $1/week', 'Log in', 'Listen to this article · 8:02 min', 'Learn more',
    'Rural America', usCap1, usCap2, 'Credit...', usCredit, 'Photographs by Caleb Ortega', 'Share full article', '482',
    'Save article for reading later...', 'Advertisement', 'SKIP ADVERTISEMENT', ...usPrint, ...usPrintLinks, 'See more on:',
    ...usTopics.filter((t) => t !== 'Kansas'),
    'More in Rural America', ...usMore, 'Thank you for your patience while we verify access.', 'Already a subscriber?',
    'Want all of The Ledger?', 'Unlock more free articles.', 'Create an account or log in to keep reading.', 'Continue', 'Site Index',
    ...usIndex.filter((t) => t !== 'Travel'), ...usFoot,
  ],
};

export const HELDOUT67_A: readonly TestPage[] = [usNational, ukBroadcasterStory];
