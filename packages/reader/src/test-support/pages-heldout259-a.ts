import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout259-kit.js';

/**
 * Held-out batch 259, file a: a New York Times-style article (css-in-js class names, "Supported by" and "SKIP ADVERTISEMENT"
 * labels, share tools with "Share full article", listen bar, figure with "Credit..." line, "Reporting from" dateline,
 * "A version of this article appears in print" note, related rail and footer) and a Guardian-style article (dcr markup,
 * standfirst, meta block, newsletter sign-up inside the body, "Explore more on these topics", comments and most viewed).
 */
const nTitle = 'A River Town Bets Its Future on a School That Floats';
const nDek = 'When the Tamsel River flooded Marrow Landing three springs in a row, the town stopped rebuilding its school and put it on a barge.';
const nBody1 = [
  j(
    'The first thing visitors notice about the Marrow Landing Elementary School is the sound. Under the reading corner, the river knocks',
    'softly against the steel pontoons, and on windy afternoons the whole building sways by a few inches, enough to make a pencil roll.',
  ),
  j(
    'The children hardly notice anymore. Since September, all 146 of them have crossed a short gangway each morning onto a two-story',
    'classroom block that sits on a moored barge at the edge of the old ferry dock. When the river rises, the school rises with it.',
  ),
  j(
    '“We were spending more on mopping out than on books,” said Adele Quintero, the district superintendent, who pushed the idea through',
    'a skeptical school board two years ago. “At some point you stop fighting the water and start floating on it.”',
  ),
];
const nBody2 = [
  j(
    'The school cost $11.4 million, about a fifth more than a conventional building on the same lot would have cost, according to district',
    'figures. But the old brick school had been flooded in three consecutive springs, and each cleanup ran past $900,000.',
  ),
  j(
    'The barge was built in a shipyard downriver and towed up in sections. Engineers anchored it to four steel piles driven 60 feet into the',
    'riverbed, with collars that let the hull slide up and down as the water changes. The design allows for a rise of 22 feet.',
  ),
  'Parents were the hardest to convince. Some worried about drowning, others about seasickness, a few about what the neighbors would say.',
  j(
    '“My mother asked me if I was sending my son to sea,” said Tobiah Rensler, whose son is in second grade. “Now she comes to the',
    'Friday assemblies and sits by the window watching the herons.”',
  ),
];
const nBody3 = [
  j(
    'Other river towns are watching. Officials from at least five districts along the Tamsel have toured the barge since it opened, and a',
    'state commission on flood resilience has asked Marrow Landing to share its maintenance records for a year.',
  ),
  j(
    'The costs are not only upfront. The hull must be inspected every two years, and the district has hired a part-time marine engineer,',
    'a first for any school system in the state. Insurance premiums, Ms. Quintero said, came in lower than she feared.',
  ),
  j(
    'For the children, the river has become part of the curriculum. Fourth graders keep a log of the water level on a painted gauge by the',
    'gangway, and the science teacher, Corin Blakeway, has them predict the next week’s rise from rainfall upstream.',
  ),
  '“They are better at it than the forecast,” Mr. Blakeway said. “Not always. But often enough that they are insufferable about it.”',
];
const nH = ['A costly bet', 'Lessons from the water'];
const nRelated = ['Where the Flood Maps Stop, the Insurance Bills Begin', 'A Ferry Captain’s Last Run on the Upper Tamsel'];
const nNav = ['U.S.', 'World', 'Business', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking', 'Wirecutter', 'The Athletic'];
const nFoot = ['NYTCo', 'Contact Us', 'Accessibility', 'Work with us', 'Advertise', 'T Brand Studio', 'Your Ad Choices', 'Privacy Policy', 'Terms of Service'];
const nHtml = `<!DOCTYPE html><html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta charset="utf-8"><title>${nTitle} - The New York Times</title>
<meta data-rh="true" property="og:title" content="${nTitle}"><meta data-rh="true" name="description" content="${nDek}">
<meta data-rh="true" property="article:section" content="U.S."><meta data-rh="true" name="byl" content="By Lena Marchetti">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"author":[{"@type":"Person","name":"Lena Marchetti"}],"datePublished":"2026-03-03T10:00:12.000Z"}</script>
<script>window.__preloadedData = {"initialState":{"article":{"sourceId":"100000010234567"}}};</script>
<link rel="stylesheet" href="/vi-assets/static-assets/global-a1b2c3.css"></head>
<body><div id="app"><div><div class="NYTAppHideMasthead css-1r6wvpq e1m0pzr40"><a class="css-1u8qly9" href="#site-content">Skip to content</a>
<a class="css-1u8qly9" href="#site-index">Skip to site index</a></div>
<header class="css-1t4w9dy e1m0pzr41"><section class="css-9jg4hj"><a href="/" data-testid="masthead-mini-nyt-logo" aria-label="New York Times homepage">
<svg viewBox="0 0 184 25"></svg></a><nav data-testid="desktop-nested-nav" class="css-1vxc2sl"><ul class="css-1dv1kvn">${links(nNav, 'css-1qtb2wd')}</ul></nav>
<div class="css-10488qs"><a class="css-1kj7lfb" href="/subscription">Subscribe</a><a class="css-1kj7lfb" href="/login">Log in</a></div></section></header>
<main id="site-content"><div class="css-1yt4j0v"><div data-testid="StandardAd" class="ad top-wrapper css-rfqw0c"><p class="css-1cm3qg1">Advertisement</p>
<button class="css-1ef7zj0">SKIP ADVERTISEMENT</button></div>
<article id="story" class="css-1vkm6nb ehdk2mb0"><header class="css-1rrxr7s e1h9rw200"><div class="css-1vkm6nb"><p class="css-1fsdc13">Supported by</p></div>
<div class="css-1vxca1d"><span class="css-1yhbxjz"><a class="css-nuvmzp" href="/section/us">U.S.</a></span></div>
<div class="css-1vkm6nb ehdk2mb0"><h1 data-testid="headline" class="e1h9rw200 css-1i8pbpk">${nTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nDek}</p>
<div class="css-1wk7o1o" data-testid="listen-bar"><button class="css-1yn6qd8">Listen to this article · 6:48 min</button>
<a class="css-z8pb4p" href="/audio-faq">Learn more</a></div>
<div data-testid="share-tools" class="css-1oghw0u"><button aria-label="Share full article" class="css-1u2ypgl">Share full article</button>
<span class="css-1b9ri76">214</span></div>
<div class="css-1vxca1d e1x1pwtg0"><div class="css-ypvjv6"><p class="css-aknsld e1jsehar1" itemprop="author"><span class="byline-prefix">By</span>
<a href="/by/lena-marchetti" class="css-n8ff4n e1jsehar0"><span class="css-1baulvz last-byline" itemprop="name">Lena Marchetti</span></a></p>
<div class="css-1s5bvol"><span class="css-1x0yt4w">Reporting from Marrow Landing</span></div></div>
<ul class="css-1ezbw24"><li class="css-ccw2r3"><time class="css-129k401 e16638kd0" datetime="2026-03-03T05:00:12-05:00">March 3, 2026</time></li>
<li class="css-ccw2r3"><span class="css-1mggpk1">Updated 9:41 a.m. ET</span></li></ul></div></header>
<figure class="img-sz-large css-1b4m2of e1g7ppur0" aria-label="media" role="group"><div data-testid="imageblock-wrapper">
<picture><img alt="" class="css-r3fift" src="https://static01.nyt.example/images/2026/03/03/us/03floating-school/03floating-school-articleLarge.jpg"></picture>
</div><figcaption class="css-jevhq3 e1g7ppur1"><span class="css-jevhq3 e13ogyst0">Students cross the gangway to the Marrow Landing Elementary School,
which rides on a barge at the old ferry dock.</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1u46b97">Credit...</span><span>Jonah Elder for
The New York Times</span></span></figcaption></figure>
<section name="articleBody" class="meteredContent css-1r7ky0e"><div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1sirvy4">
${ps(nBody1, ' class="css-at9mc1 evys1bk0"')}
</div></div><div class="css-1xvbeb0 ad dfp-ad-mid1"><p class="css-1cm3qg1">Advertisement</p><button class="css-1ef7zj0">SKIP ADVERTISEMENT</button></div>
<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1sirvy4"><h2 class="css-1vxxx4r eoo0vm40">${nH[0] ?? ''}</h2>
${ps(nBody2, ' class="css-at9mc1 evys1bk0"')}
<h2 class="css-1vxxx4r eoo0vm40">${nH[1] ?? ''}</h2>
${ps(nBody3, ' class="css-at9mc1 evys1bk0"')}
</div></div></section>
<div class="bottom-of-article"><div class="css-k9atqk"><p class="css-1pb11ex">Lena Marchetti covers rural America and climate adaptation for the
National desk.</p></div><div class="css-1uu5m6o"><p class="css-gizqqv">A version of this article appears in print on March 4, 2026, Section A,
Page 14 of the New York edition with the headline: The School That Floats.</p>
<a class="css-b0q5xe" href="/reprints">Order Reprints</a><a class="css-b0q5xe" href="/paper">Today’s Paper</a>
<a class="css-b0q5xe" href="/subscription">Subscribe</a></div></div></article>
<section class="css-15g2oxy"><h2 class="css-1bxd53a">Related Content</h2><ul>${links(nRelated, 'css-ye6x8s')}</ul></section></div></main>
<footer role="contentinfo" class="css-1tsh4x5"><nav id="site-index" data-testid="site-index"><h2 class="css-1hodeth">Site Index</h2>
</nav><div class="css-ty3ozy"><span class="css-1oxb2th">© 2026 The New York Times Company</span><ul>${links(nFoot, 'css-1b7q2y4')}</ul></div></footer>
</div></div><div id="fides-overlay"><div id="fides-banner" class="fides-banner"><p id="fides-banner-description">We use cookies and similar
methods to recognize visitors and remember their preferences.</p><button class="fides-accept-all-button">Accept all</button>
<button class="fides-reject-all-button">Reject all</button><button class="fides-manage-preferences-button">Manage preferences</button></div></div>
<script>window.__NYT_ROUTE__ = "vi-story";</script></body></html>`;
const nyt: TestPage = {
  name: 'heldout259-nytimes-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nDek, ...nBody1, ...nBody2, ...nBody3]),
  bylines: ['By Lena Marchetti', 'Reporting from Marrow Landing', 'March 3, 2026', 'Updated 9:41 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to site index', ...nNav, 'Subscribe', 'Log in', 'Advertisement', 'SKIP ADVERTISEMENT', 'Supported by',
    'Listen to this article · 6:48 min', 'Learn more', 'Share full article', '214',
    'Students cross the gangway to the Marrow Landing Elementary School, which rides on a barge at the old ferry dock.', 'Credit...',
    'Jonah Elder for The New York Times', 'Lena Marchetti covers rural America and climate adaptation for the National desk.',
    'A version of this article appears in print on March 4, 2026, Section A, Page 14 of the New York edition with the headline: The School That Floats.',
    'Order Reprints', 'Today’s Paper', 'Related Content', ...nRelated, 'Site Index', '© 2026 The New York Times Company', ...nFoot,
    'We use cookies and similar methods to recognize visitors and remember their preferences.', 'Accept all', 'Reject all', 'Manage preferences',
  ],
};

const gTitle = 'Rural bus routes in Westmarch cut by a third in five years, councils warn';
const gStand = 'Villages left with one bus a week as operators withdraw and subsidies shrink, says report by county transport group';
const gB1 = [
  j(
    'A third of the rural bus routes in the county of Westmarch have been withdrawn or cut to a single weekly service in the past five',
    'years, leaving thousands of older residents unable to reach a GP surgery or a supermarket without a lift, according to a new report.',
  ),
  j(
    'The Westmarch Transport Forum, which represents nine district councils, found that 41 of the 126 routes running in 2021 had been',
    'scrapped or reduced. In the worst-affected valleys, the last bus now leaves the market town of Hollin Cross before 3pm.',
  ),
  j(
    'Operators blame rising fuel and driver costs and falling passenger numbers since the pandemic. Councils say the grant they receive',
    'for supported services has fallen by 28% in real terms over the same period.',
  ),
];
const gQuote = j(
  '“We are seeing what I would call silent closures,” said Priya Ashdown, who chairs the forum. “Nobody announces that a village',
  'has been cut off. The timetable just gets thinner until one day there is nothing on it.”',
);
const gB2 = [
  'The report lists the groups it says are hit hardest by the cuts:',
  'people over 75 who no longer drive',
  'teenagers travelling to sixth-form colleges in other towns',
  'shift workers at the food-processing plants on the county’s eastern edge',
];
const gB3 = [
  j(
    'In the hamlet of Duncote, the number 17 bus used to call six times a day. It now comes on Tuesdays. Margaret Fell, 82, said she had',
    'given up her weekly visits to a friend in a care home because the return journey would mean a four-hour wait.',
  ),
  j(
    'A spokesperson for the Department for Transport said the government had provided “record funding” for buses and that local',
    'authorities were best placed to decide where it should be spent.',
  ),
  j(
    'The forum is calling for a ringfenced rural fund and for councils to be allowed to run services themselves where commercial',
    'operators have pulled out. Two districts are already trialling a bookable minibus that picks passengers up from their door.',
  ),
  j(
    'Early figures from the trial are encouraging, Ashdown said, but the minibus covers only 14 villages. “It is a sticking plaster,',
    'and we know it. Rural people pay the same taxes as everyone else and deserve a bus that turns up.”',
  ),
];
const gH = ['Who is affected', 'Calls for a rural fund'];
const gListHtml = `<p class="dcr-16w5gq9">${gB2[0]}</p>\n<ul class="dcr-1rbt6r6">${gB2
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>`;
const gNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business', 'Obituaries'];
const gTopics = ['Buses', 'Transport policy', 'Rural affairs', 'Local government'];
const gMost = [
  'Heatwave warnings issued for southern England as temperatures climb',
  'The 20 best walks in the Westmarch hills',
  'Energy bills set to fall by £140 from July, regulator says',
];
const gComments = ['Same story in our valley. The Sunday service went first, then Saturdays.', 'Bring back the post bus. It worked for decades.'];
const gFoot = [
  'About us',
  'Contact us',
  'Complaints & corrections',
  'SecureDrop',
  'Work for us',
  'Privacy policy',
  'Cookie policy',
  'Terms & conditions',
  'Help',
];
const gHtml = `<!DOCTYPE html><html lang="en"><head><title>${gTitle} | Buses | The Guardian</title>
<meta name="description" content="${gStand}"><meta property="og:type" content="article"><meta property="article:author"
content="https://www.theguardian.com/profile/tomas-reeve">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","headline":"${gTitle}",
"author":[{"@type":"Person","name":"Tomas Reeve"}],"datePublished":"2026-03-07T07:00:00.000Z",
"publisher":{"@type":"Organization","name":"The Guardian"}}]</script>
<script>window.guardian={"config":{"page":{"section":"uk-news","contentType":"Article","isPaidContent":false}}};</script>
<style class="webfont">@font-face{font-family:"GH Guardian Headline";}</style></head><body>
<a href="#maincontent" class="dcr-1bbkmpd">Skip to main content</a><a href="#navigation" class="dcr-1bbkmpd">Skip to navigation</a>
<div data-gu-name="top-above-nav" class="dcr-1r3s1f0"><div class="ad-slot-container"><div class="dcr-1jyhvya">Advertisement</div></div></div>
<header data-component="header"><div class="dcr-1c04xrs"><a href="https://support.theguardian.com/contribute" class="dcr-1a7m1zt">Support the Guardian</a>
<span class="dcr-1dpqf6o">Fund the free press with $5 per month</span><a href="/signin" data-link-name="nav3 : topbar : signin">Sign in</a></div>
<nav id="navigation" aria-label="Guardian sections" data-component="nav4"><ul class="dcr-1g3ts7x">${links(gNav, 'dcr-1i5s1x1')}</ul>
<ul class="dcr-13f1d2v" data-component="sub-nav">${links(gSub, 'dcr-1a6bh14')}</ul></nav></header>
<main data-layout="StandardLayout"><article class="dcr-1t8m8f4"><div class="dcr-1p0hins">
<div data-gu-name="title" class="dcr-3g2qnu"><div class="dcr-1jxjlbk"><a href="/uk/transport" class="dcr-1yi1cnj"><span>UK transport</span></a></div></div>
<div data-gu-name="headline" class="dcr-1jl3rnv"><div class="dcr-1rxdpj5"><h1 class="dcr-1jhsg5">${gTitle}</h1></div></div>
<div data-gu-name="standfirst"><div data-testid="standfirst" class="dcr-1bm6pw5"><p>${gStand}</p></div></div>
<div data-gu-name="media"><figure id="img-1" class="dcr-1ymw8l5"><picture><img src="https://i.guim.example/img/media/abc/master/3000.jpg"
alt="A single-decker bus on a lane between stone walls"></picture><figcaption data-spacefinder-role="inline" class="dcr-1vk84g3">
<span class="dcr-1inf02i">A bus near Hollin Cross. Operators say passenger numbers have not recovered since the pandemic.</span>
<span class="dcr-1rmcygd">Photograph: Ellis Harland/The Guardian</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1nz4plq"><div class="dcr-1cfpnlw"><address aria-label="Contributor info" data-component="meta-byline">
<a rel="author" data-link-name="auto tag link" href="https://www.theguardian.com/profile/tomas-reeve">Tomas Reeve</a></address>
<span class="dcr-1m6ilfg">Transport correspondent</span></div>
<details class="dcr-1rz7uwv" data-gu-name="dateline"><summary class="dcr-12rwsfr"><span class="dcr-u0h1qy">Sat 7 Mar 2026 07.00 GMT</span></summary>
<span class="dcr-u0h1qy">Last modified on Sat 7 Mar 2026 09.14 GMT</span></details>
<gu-island name="ShareButton" priority="feature" deferuntil="visible"><div class="dcr-1wdc6kl"><button aria-label="Share" class="dcr-19b7klr">Share</button>
</div></gu-island><gu-island name="CommentCount"><a href="#comments" class="dcr-1hjuuhq" data-link-name="Comment count">128</a></gu-island></div>
<div id="maincontent" class="dcr-1qjbb7u"><div class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
${ps(gB1, ' class="dcr-16w5gq9"')}
<figure id="newsletter-1" data-spacefinder-role="inline"><aside data-component="newsletter-signup" class="dcr-1tqj0yx"><p class="dcr-ntbnr1">skip past
newsletter promotion</p><div class="dcr-1ky1n6k"><p class="dcr-1nd4t5a">Sign up to Down to Earth</p><p class="dcr-d07r7e">The planet's most important
stories. Get all the week's environment news - the good, the bad and the essential</p><p class="dcr-p4hx7p">Privacy Notice: Newsletters may contain
info about charities, online ads, and content funded by outside parties.</p><button class="dcr-1ocdc2u">Sign up</button></div>
<p class="dcr-1whgx6a">after newsletter promotion</p></aside></figure>
<blockquote class="dcr-zzndwp"><p>${gQuote}</p></blockquote>
<h2 id="who-is-affected" class="dcr-1p4d6ma">${gH[0] ?? ''}</h2>
${gListHtml}
<h2 id="calls-for-a-rural-fund" class="dcr-1p4d6ma">${gH[1] ?? ''}</h2>
${ps(gB3, ' class="dcr-16w5gq9"')}
</div></div>
<div data-print-layout="hide" class="dcr-1ym4zjj"><div id="slot-body-end"><div class="dcr-1ppk6bf" data-testid="contributions-epic"><h2
class="dcr-125zvl3">A note to our readers</h2><p class="dcr-m35xbc">With no shareholders or billionaire owner, we can set our own agenda and
provide trustworthy journalism.</p><a href="https://support.theguardian.com" class="dcr-1fj3w6q">Continue</a>
<a href="#" class="dcr-1ntvm9w">Remind me in May</a></div></div>
<div class="dcr-1xxpwn1"><span class="dcr-u0h1qy">Explore more on these topics</span><ul class="dcr-1gdj5n9">${links(gTopics, 'dcr-1j5d5ln')}</ul>
<a href="/info/syndication" class="dcr-1ffkp0i">Reuse this content</a></div></div></div></article>
<section id="comments" data-component="discussion"><h2 class="dcr-1xlmw34">Comments (128)</h2><p class="dcr-1w7qk8g">Sign in or create your
Guardian account to join the discussion</p><ul class="dcr-1d8ayay">${gComments.map((c) => `<li class="dcr-1u0nqyl"><p>${c}</p></li>`).join('\n')}</ul>
<button class="dcr-ivbxkm">View more comments</button></section>
<section data-component="most-popular" class="dcr-1n2r14b"><h2 class="dcr-1vt0v26">Most viewed</h2><ol>${links(gMost, 'dcr-1dpuzmz')}</ol></section></main>
<footer data-component="footer" class="dcr-1ig7ixc"><ul class="dcr-1ojmqtc">${links(gFoot, 'dcr-1npwt1e')}</ul>
<p class="dcr-ieg1zt">© 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p></footer>
<div id="sp_message_container_1" class="sp_veil"><div class="message-container"><p class="message-component">Yes, I’m happy: You agree to our use
of cookies and similar technologies to personalise advertising.</p><button title="Yes, I’m happy" class="message-component">Yes, I’m happy</button>
<button title="Manage or reject cookies" class="message-component">Manage or reject cookies</button></div></div></body></html>`;
const guardian: TestPage = {
  name: 'heldout259-guardian-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gStand, ...gB1, gQuote, ...gB2, ...gB3]),
  bylines: ['Tomas Reeve', 'Sat 7 Mar 2026 07.00 GMT', 'Last modified on Sat 7 Mar 2026 09.14 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Advertisement', 'Support the Guardian', 'Fund the free press with $5 per month', 'Sign in', ...gNav,
    ...gSub.filter((t) => t.length > 2), 'UK transport', 'A bus near Hollin Cross. Operators say passenger numbers have not recovered since the pandemic.',
    'Photograph: Ellis Harland/The Guardian', 'Transport correspondent', 'Share', '128', 'skip past newsletter promotion', 'Sign up to Down to Earth',
    "The planet's most important stories. Get all the week's environment news - the good, the bad and the essential",
    'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.', 'Sign up',
    'after newsletter promotion', 'A note to our readers',
    'With no shareholders or billionaire owner, we can set our own agenda and provide trustworthy journalism.', 'Continue', 'Remind me in May',
    'Explore more on these topics', ...gTopics, 'Reuse this content', 'Comments (128)', 'Sign in or create your Guardian account to join the discussion',
    ...gComments, 'View more comments', 'Most viewed', ...gMost, ...gFoot,
    '© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)',
    'Yes, I’m happy: You agree to our use of cookies and similar technologies to personalise advertising.', 'Manage or reject cookies',
  ],
};

export const HELDOUT259_A: readonly TestPage[] = [nyt, guardian];
