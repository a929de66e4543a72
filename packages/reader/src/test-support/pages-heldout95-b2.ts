import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 95, file b2: a Guardian story as theguardian.com (DCR) serves it (skip links, the support banner, "Print
 * subscriptions", "Search jobs", "Sign in", the edition switcher, the pillar nav and sub-nav, the section label, headline
 * and standfirst, the main media with "View image in fullscreen" and its caption, the meta block with contributor name and
 * role, the `details` dateline with "Last modified", share and comment counts, the `#maincontent` body with an inline
 * image, a rich link, the "Sign up to ..." newsletter embed between "skip past newsletter promotion" and "after newsletter
 * promotion", an inline ad slot, the contributions epic, "Explore more on these topics", "Most viewed", the comments
 * teaser, the footer and the consent message).
 */
const gdTitle = 'Beavers to be released in Hollinbeck valley in bid to cut flooding downstream';
const gdStandfirst = 'Ten families will be let go on Cumbrian farmland this winter after a five-year trial in an enclosure nearby cut peak river flows';
const gdParas = [
  'Beavers are to be released into the wild in a Cumbrian valley this winter after a trial in a fenced enclosure nearby showed their dams could ' +
    'slow floodwater heading for the town of Hollinbeck.',
  'Ten families, about 40 animals, will be let go on land owned by six farms and a water company along the upper Hollin river, Natural England ' +
    'confirmed on Friday. It will be the largest licensed wild release of beavers in England so far.',
  'During the five-year trial, researchers from the University of Lancaster found that the dams and pools built by two families in a 12-hectare ' +
    'enclosure cut peak flows leaving the site by an average of 28% during heavy rain, and held back silt that would otherwise have reached the river.',
  '“They did in five years what would have cost us hundreds of thousands of pounds in engineering, and they did it without being asked,” said ' +
    'Dr Maya Okafor, who led the monitoring work.',
  'Hollinbeck flooded three times between 2009 and 2021. After the last flood, 210 homes and 40 businesses were damaged and the town’s main bridge ' +
    'was closed for four months.',
  'Not all farmers in the valley are convinced. The National Farmers’ Union in the north-west said it supported the project in principle but ' +
    'wanted clear rules on what landowners could do if beavers flooded fields or blocked drains.',
  'Tom Armitage, whose family has farmed sheep in the valley for 80 years, said he had agreed to take part after visiting the enclosure. “I went ' +
    'expecting a swamp. It was full of birds and insects I haven’t seen on our land since I was a boy,” he said. “But if they start on my ' +
    'hedges, I want to know someone will come and sort it.”',
  'Under the licence, a local management group including farmers, the Environment Agency and the Cumbria Wildlife Trust will be able to move dams ' +
    'or relocate animals that cause serious damage. A compensation fund of £150,000 has been set aside for the first five years.',
  'Beavers were hunted to extinction in Britain about 400 years ago. Since 2022 they have been a protected species in England, and the government ' +
    'set out rules for wild releases earlier this year.',
  'The first families are expected to be released in December, when the animals are less active and young kits have left the burrow.',
];
const gdNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gdSub = ['UK', 'World', 'Climate crisis', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business', 'Obituaries'];
const gdEnv = ['Climate crisis', 'Wildlife', 'Energy', 'Pollution'];
const gdTop = ['Print subscriptions', 'Search jobs', 'Sign in', 'International edition', 'UK edition', 'US edition', 'Australia edition', 'Europe edition'];
const gdSupport = ['Support the Guardian', 'Fund independent journalism with £5 per month', 'Support us'];
const gdCap1 = 'A beaver in the trial enclosure above Hollinbeck. Researchers found its dams cut peak flows by 28%.';
const gdCredit1 = 'Photograph: Ruth Pellow/The Guardian';
const gdCap2 = 'A beaver dam and pool in the enclosure after heavy rain in February.';
const gdCredit2 = 'Photograph: University of Lancaster';
const gdRich = 'Wild beavers to be allowed back into England, government confirms';
const gdNews = [
  'Sign up to Down to Earth',
  'Free weekly newsletter',
  'The planet’s most important stories. Get all the week’s environment news – the good, the bad and the essential',
  'Enter your email address',
  'Sign up',
  'Privacy Notice: Newsletters may contain information about charities, online ads, and content funded by outside parties. If you do not have ' +
    'an account, we will create a guest account for you.',
  'skip past newsletter promotion',
  'after newsletter promotion',
];
const gdEpic = [
  'Before you move on …',
  'This story was free to read because readers around the world pay to keep our reporting open to everyone. We have no shareholders and no ' +
    'billionaire owner, so nobody tells us what to cover.',
  'If you can, please support the Guardian today. It takes less than a minute.',
  'Support once from just £1',
  'Remind me in November',
  'Accepted payment methods: Visa, Mastercard, American Express and PayPal',
];
const gdTopics = ['Wildlife', 'Cumbria', 'Flooding', 'Rivers', 'Farming', 'news'];
// biome-ignore format: packed
const gdMost = [
  'Council tax bills to rise by up to 5% in most of England next year', 'Live: Storm Agnes brings 80mph winds to western Scotland',
  'The 50 best autumn walks in Britain', 'Review of water company bonuses finds ‘no link to performance’',
  'How a bakery in Todmorden became a town’s living room',
];
const gdComments = ['Comments (312)', 'Sign in or create your Guardian account to join the discussion.', 'View more comments'];
// biome-ignore format: packed
const gdFoot = [
  'About us', 'Contact us', 'Complaints & corrections', 'SecureDrop', 'Work for us', 'Privacy settings', 'Privacy policy', 'Cookie policy',
  'Terms & conditions', 'Help', 'All topics', 'All writers', 'Newsletters', 'Digital newspaper archive', 'Bluesky', 'Facebook', 'Instagram',
  'LinkedIn', 'Threads', 'TikTok', 'YouTube', 'Advertise with us', 'Guardian Labs', 'Patrons', 'Back to top',
];
const gdCopy = '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)';
const gdConsent = [
  'It’s your choice',
  'We use cookies to improve your experience on our site and to show you personalised advertising. You can change your settings at any time.',
  'Yes, I’m happy',
  'Manage or reject cookies',
];
const dcr = (c: string): string => `dcr-${c}`;
const gp = (t: string): string => `<p class="${dcr('16w5gq9')}">${t}</p>`;
const amp = (t: string): string => t.replace(/&/g, '&amp;');
const gdFig = (cap: string, credit: string, id: string, role: string): string => `<figure id="${id}" data-spacefinder-role="${role}"
data-component="image" class="${dcr('1wdp9b9')}"><div class="${dcr('1t8m8f1')}"><picture class="${dcr('evn1e9')}"><img alt="${cap}"
src="https://i.guim.co.uk/img/media/${id}/master/3000.jpg?width=620&amp;dpr=2&amp;s=none" width="620" height="372" loading="lazy"></picture>
<button data-link-name="Launch Article Lightbox" aria-haspopup="dialog" class="${dcr('1lwuyaz')}"><span class="${dcr('1m5bgc6')}">View image in fullscreen
</span></button></div><figcaption data-spacefinder-role="inline" class="${dcr('9ktzqp')}"><span class="${dcr('1inf02i')}"><svg viewBox="0 0 11 10"></svg>
</span>${cap} <span class="${dcr('1qj8q2e')}">${credit}</span></figcaption></figure>`;
const gdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta
charset="utf-8"><title>Beavers to be released in Hollinbeck valley in bid to cut flooding downstream | Wildlife | The Guardian</title>
<meta name="description" content="${gdStandfirst}"><meta property="og:title" content="${gdTitle}"><meta property="og:type" content="article">
<meta property="article:author" content="https://www.theguardian.com/profile/hannah-greaves"><meta property="article:section" content="Environment">
<link rel="canonical" href="https://www.theguardian.com/environment/2025/oct/03/beavers-released-hollinbeck-valley-flooding">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","headline":"${gdTitle}","datePublished":"2025-10-03T06:00:12.000Z",
"author":[{"@type":"Person","name":"Hannah Greaves","sameAs":"https://www.theguardian.com/profile/hannah-greaves"}],"publisher":{"@type":"Organization",
"name":"The Guardian"},"isAccessibleForFree":true}]</script>
<script>window.guardian = {"config":{"page":{"section":"environment","contentType":"Article","isPaidContent":false,"shouldHideAdverts":false}}};</script>
<script type="module" src="https://assets.guim.co.uk/assets/frameworks.web.8e5a1c2f.js"></script></head>
<body><div data-gu-name="skip-links"><a href="#maincontent" data-link-name="skip : main content" class="${dcr('1a3ycmb')}">Skip to main content</a>
<a href="#navigation" data-link-name="skip : navigation" class="${dcr('1a3ycmb')}">Skip to navigation</a></div>
<div id="bannerandheader"><div class="top-banner-ad-container ${dcr('1t6b4lf')}"><div id="dfp-ad--top-above-nav" class="js-ad-slot ad-slot"
data-link-name="ad slot top-above-nav" aria-hidden="true"></div></div><header data-component="header" class="${dcr('rbxmu9')}">
<div class="${dcr('1m6tp2b')}"><div data-testid="support-the-guardian" class="${dcr('7k6s82')}"><div class="${dcr('1i8yw2c')}">${gdSupport[0]}</div>
<div class="${dcr('8ru1x6')}">${gdSupport[1]}</div><a href="https://support.theguardian.com/contribute" class="${dcr('sd3ls5')}">${gdSupport[2]}</a></div>
<ul class="${dcr('ykvxsw')}">${gdTop
  .slice(0, 3)
  .map((t) => `<li><a href="https://www.theguardian.com/${t.toLowerCase().replace(/ /g, '-')}" class="${dcr('1ruc0yl')}">${t}</a></li>`)
  .join('')}
<li><details class="${dcr('zyb1j5')}"><summary>${gdTop[3]}</summary><ul>${gdTop
  .slice(4)
  .map((t) => `<li><a href="/preference/edition/${t.slice(0, 2).toLowerCase()}">${t}</a></li>`)
  .join('')}</ul></details></li></ul></div>
<nav id="navigation" aria-label="Guardian sections" data-component="nav2" class="${dcr('1hh8gg8')}"><ul class="${dcr('18ppgfa')}">
${gdNav.map((t, i) => `<li class="${dcr('1l9ciz4')}"><a href="/${i === 0 ? '' : t.toLowerCase()}" class="${dcr('1p5hpxq')}">${t}</a></li>`).join('')}
</ul><ul class="${dcr('1n7dg4q')}" data-testid="sub-nav">${gdSub.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<ul class="${dcr('4z1cg6')}" data-testid="sub-nav-environment">${gdEnv.map((t) => `<li><a href="/environment/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
</nav></header></div>
<main data-layout="StandardLayout" class="${dcr('1mt8pyd')}"><article class="${dcr('1x6rchd')}"><div class="${dcr('1ggs5jg')}">
<div data-gu-name="title" class="${dcr('o2e7i1')}"><div class="${dcr('1u8qly9')}"><a data-link-name="article section" href="/environment/wildlife"
class="${dcr('1d8z9yh')}"><span>Wildlife</span></a></div></div>
<div data-gu-name="headline" class="${dcr('1jgblhh')}"><div class="${dcr('1snv2cv')}"><h1 class="${dcr('1dh8eui')}">${gdTitle}</h1></div></div>
<div data-gu-name="standfirst" class="${dcr('9rwmhe')}"><div data-testid="standfirst" class="${dcr('1f9rqwk')}"><p>${gdStandfirst}</p></div></div>
<div data-gu-name="media" class="${dcr('1v4gccq')}">${gdFig(gdCap1, gdCredit1, 'a1f2c3', 'immersive')}</div>
<div data-gu-name="meta" class="${dcr('10yrvf1')}"><div class="${dcr('1tbpe2h')}"><address aria-label="Contributor info" data-component="meta-byline"
data-link-name="byline" class="${dcr('1cfpnlw')}"><div class="${dcr('1p1y2rq')}"><a rel="author" data-link-name="auto tag link"
href="https://www.theguardian.com/profile/hannah-greaves">Hannah Greaves</a> <span class="${dcr('1f0n3u7')}">Environment correspondent</span></div></address>
<details class="${dcr('1w6wpj4')}" data-gu-name="dateline"><summary class="${dcr('lu7nm1')}"><span class="${dcr('u0h1qy')}">Fri 3 Oct 2025 07.00 BST</span>
</summary><span class="${dcr('u0h1qy')}">Last modified on Fri 3 Oct 2025 09.48 BST</span></details></div>
<div class="${dcr('1ek6n6y')}" data-gu-name="share"><div data-testid="share-button"><button type="button" aria-label="Share" class="${dcr('1ruqgf8')}">
<svg viewBox="-3 -3 30 30"></svg><span>Share</span></button></div><a href="#comments" data-link-name="Comment count" aria-label="312 Comments"
class="${dcr('1ie4zz1')}"><svg viewBox="0 0 30 30"></svg><span>312</span></a></div></div>
<div data-gu-name="body" class="${dcr('hpmm8o')}"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector ${dcr('11y6dc8')}">
${gdParas.slice(0, 3).map(gp).join('\n')}
<aside data-component="rich-link" data-spacefinder-role="richLink" class="${dcr('1sa0o9s')}"><div class="${dcr('14s93po')}"><a data-link-name="in body link"
href="https://www.theguardian.com/environment/2025/feb/25/wild-beavers-england" class="${dcr('nyxa1k')}"><div class="${dcr('1dn7cuh')}">
<div class="${dcr('17p5p30')}"><span class="${dcr('1rhgq8n')}">Read more</span></div><div class="${dcr('5w1h2m')}">${gdRich}</div></div></a></div></aside>
${gdParas.slice(3, 5).map(gp).join('\n')}
<figure id="nl-9" data-spacefinder-role="inline" class="element element-embed ${dcr('173mewl')}"><a data-ignore="global-link-styling"
href="#EmailSignup-skip-link-9" class="${dcr('jhvbu7')}">${gdNews[6]}</a><div data-component="newsletter-signup" class="${dcr('1qzbozw')}">
<div class="${dcr('1fbbt2z')}"><p class="${dcr('1ecyjvd')}">${gdNews[0]}</p><p class="${dcr('1ts7mty')}">${gdNews[1]}</p></div>
<p class="${dcr('1g9hbq8')}">${gdNews[2]}</p><form class="${dcr('1k9oeiw')}"><label for="nl-email" class="${dcr('1ykm1k9')}">${gdNews[3]}</label>
<input id="nl-email" type="email" class="${dcr('1bs0ahe')}"><button type="submit" class="${dcr('fbtrx1')}">${gdNews[4]}</button></form>
<p class="${dcr('7ppbp8')}">${gdNews[5]}</p></div><div id="EmailSignup-skip-link-9" tabindex="0" aria-label="after newsletter promotion" role="note"
class="${dcr('hvvd3h')}">${gdNews[7]}</div></figure>
${gdParas.slice(5, 7).map(gp).join('\n')}
${gdFig(gdCap2, gdCredit2, 'b7e8d9', 'inline')}
<div class="ad-slot-container ${dcr('1eaowbg')}"><div class="ad-slot__label" aria-hidden="true">Advertisement</div><div id="dfp-ad--inline1"
class="js-ad-slot ad-slot ad-slot--inline" data-link-name="ad slot inline1" aria-hidden="true"></div></div>
${gdParas.slice(7).map(gp).join('\n')}
</div><div id="slot-body-end"><div data-testid="contributions-epic" class="${dcr('1e8sfek')}"><h2 class="${dcr('1s4j0ok')}">${gdEpic[0]}</h2>
<p class="${dcr('38ukuf')}">${gdEpic[1]}</p><p class="${dcr('38ukuf')}"><strong>${gdEpic[2]}</strong></p><div class="${dcr('1m4mlnx')}"><a
href="https://support.theguardian.com/contribute?acquisitionData=epic" class="${dcr('rbm4eu')}">${gdEpic[3]}</a><button class="${dcr('1y4vmsm')}">
${gdEpic[4]}</button></div><p class="${dcr('1u2hvh3')}">${gdEpic[5]}</p></div></div>
<div data-gu-name="keywords" class="${dcr('dxyknl')}"><h2 class="${dcr('1ow0cr6')}">Explore more on these topics</h2><ul class="${dcr('1kg0qbf')}">
${gdTopics.map((t) => `<li class="${dcr('1qxzvby')}"><a href="/environment/${t.toLowerCase()}" class="${dcr('17xuo4r')}">${t}</a></li>`).join('')}</ul>
<div class="${dcr('1pb5l2e')}"><button aria-label="Share" class="${dcr('1ruqgf8')}"><span>Share</span></button><a
href="https://syndication.theguardian.com/?url=beavers" class="${dcr('rqvdbv')}">Reuse this content</a></div></div></div></div></article>
<aside data-gu-name="right-column" class="${dcr('zyjw1g')}"><section data-component="most-viewed-right"><h2 class="${dcr('12t5cwm')}">Most viewed</h2><ol>
${gdMost.map((t, i) => `<li class="${dcr('1pr5fyp')}"><a href="/uk-news/most-viewed/${i}" class="${dcr('1q3lj0i')}"><h4>${amp(t)}</h4></a></li>`).join('\n')}
</ol></section></aside>
<section id="comments" data-component="discussion" class="${dcr('1t6txu8')}"><h2 class="${dcr('1xdmzag')}">${gdComments[0]}</h2><p>${gdComments[1]}</p>
<button class="${dcr('qd24ry')}">${gdComments[2]}</button></section></main>
<footer data-link-name="footer" data-component="footer" class="${dcr('1jzosvt')}"><div class="${dcr('1hzi2c7')}"><div class="${dcr('g4f4fs')}">
${gdSupport[0]}</div><div>Available for everyone, funded by readers</div><a href="https://support.theguardian.com/contribute">${gdSupport[2]}</a></div><ul>
${gdFoot
  .map(
    (t) => `<li><a href="https://www.theguardian.com/info/${t.toLowerCase().replace(/\W+/g, '-')}"
data-link-name="${t}">${amp(t)}</a></li>`,
  )
  .join('\n')}
</ul><small class="${dcr('1bkfsmz')}">${amp(gdCopy)}</small></footer>
<div id="sp_message_container_1138437" class="sp_message_container" role="dialog" aria-label="Consent"><div class="message-component">
<h2>${gdConsent[0]}</h2><p>${gdConsent[1]}</p><button title="Yes, I’m happy" class="sp_choice_type_11">${gdConsent[2]}</button>
<button class="sp_choice_type_12">${gdConsent[3]}</button></div></div>
<script>window.guardian.config.ophan = {"pageViewId":"m1x2c3"};</script></body></html>`;
export const guardianStory: TestPage = {
  html: gdHtml,
  name: 'heldout95-guardian-news',
  kind: 'news',
  // the standfirst is body; the contributor's role is a byline with her name; the newsletter embed (with its skip links),
  // the rich link, captions and credits, "View image in fullscreen", the epic, topics, comments teaser and rails are furniture
  title: gdTitle,
  headings: [],
  body: texts([gdStandfirst, ...gdParas]),
  bylines: ['Hannah Greaves', 'Environment correspondent', 'Fri 3 Oct 2025 07.00 BST', 'Last modified on Fri 3 Oct 2025 09.48 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Skip to navigation', ...gdSupport, ...gdTop, ...gdNav, ...gdSub, ...gdEnv, 'Wildlife', gdCap1, gdCredit1, gdCap2,
    gdCredit2, 'View image in fullscreen', 'Share', '312', 'Read more', gdRich, ...gdNews, 'Advertisement', ...gdEpic, 'Explore more on these topics',
    ...gdTopics, 'Reuse this content', 'Most viewed', ...gdMost, ...gdComments, 'Available for everyone, funded by readers', ...gdFoot, gdCopy,
    ...gdConsent,
  ])],
};
