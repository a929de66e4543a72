import { links, type TestPage, texts } from './page-kit.js';
import { recallNotice } from './pages-heldout214-e2.js';

/**
 * Held-out batch 214, file e: a national newspaper's restaurant review on a Guardian-style dotcom-rendering template (the
 * support and sign-in strip, the pillar nav with the lifestyle sub-nav, the series kicker, the standfirst, the main image
 * with its caption and credit, the contributor byline with the critic's role, the dateline and share and comment counts,
 * inline ad slots, the newsletter promotion inside the body with its "Skip past" links, a rich link card, the closing
 * address-and-prices paragraph and scores, the topics list, the reader-revenue epic, onward "More on this story" cards, the
 * "Most viewed" rail, the comments teaser and the footer) and, from file e2, a food-safety agency's recall notice.
 */
const nrTitle = 'Ferro & Salt, Leith: ‘The kind of place every neighbourhood should have’ – restaurant review';
const nrStand = [
  'A converted ironmonger’s on the shore serves fire-cooked fish and a wine list that is all killer, no filler. Just do not ' + 'expect a quiet night',
];
const nrP = [
  'There is a particular sound that a good small restaurant makes at about half past eight on a Friday. It is not the roar of ' +
    'a big brasserie, nor the hush of a tasting-menu temple, but a low, contented hum: cutlery, a cork, somebody laughing at ' +
    'the bar, the hiss of something hitting a hot grill. Ferro & Salt, which opened in October in what was for eighty years ' +
    'an ironmonger’s on the Shore in Leith, makes that sound from the moment you walk in.',
  'The room is long and narrow, with the old shop counter now serving as a bar and the original wooden drawers, still with ' +
    'their enamel labels for hinges, washers and screws, running along one wall. At the far end is an open kitchen built ' +
    'around a wood-fired grill, where chef Ruth Abernethy and two cooks work in a space not much larger than my own kitchen.',
  'Abernethy spent six years at a much-lauded seafood restaurant in San Sebastián, and it shows. A plate of grilled razor ' +
    'clams arrives still spitting, dressed with nothing more than green chilli, garlic and a splash of cider vinegar; it is ' +
    'the best thing I have eaten this year. Salt cod croquetas are feather-light and properly salty, with a saffron aioli ' +
    'that I would happily eat with a spoon.',
  'The main event is whatever whole fish came off the boats that morning, cooked over the embers and sold by weight. Ours was ' +
    'a glorious turbot, enough for three, its skin blistered and smoky and its flesh just set at the bone, served with nothing ' +
    'but a jug of brown butter and capers and a bowl of new potatoes. It was not cheap, at £68, but it was worth every penny.',
  'Not everything works. A salad of charred leeks with romesco was underseasoned and oddly timid next to everything else, and ' +
    'the only meat dish, a pork chop, was a little overcooked on the night we visited. Puddings are limited to two, of which ' +
    'the burnt basque cheesecake is the one to order.',
  'The wine list, put together by Abernethy’s partner, Callum Reid, runs to about forty bottles, almost all from Spain and ' +
    'Portugal, and there is not a dud among them. Prices start at £28 and there is a good selection by the glass, including a ' +
    'bone-dry Manzanilla that goes with almost everything on the menu.',
  'Service is young, knowledgeable and swift, even when the place is heaving, which it is most nights. Noise levels are high, ' +
    'so this is not the place for a whispered proposal. But for a Friday night with friends, a few bottles and a big fish, I ' +
    'cannot think of anywhere in Edinburgh I would rather be.',
  'Ferro & Salt, 41 The Shore, Leith, Edinburgh EH6 6QW, 0131 496 0822. Open Wednesday to Saturday, lunch noon to 2.30pm, ' +
    'dinner 5.30pm to 10pm. About £50 a head for three courses, plus drinks and service.',
];
const nrScores = ['Food 8/10', 'Atmosphere 8/10', 'Service 9/10'];
const nrTop = ['Support us', 'Print subscriptions', 'Search jobs', 'Sign in'];
const nrPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const nrSub = ['Fashion', 'Food', 'Recipes', 'Travel', 'Health & fitness', 'Women', 'Men', 'Love & sex'];
const nrKicker = 'Restaurant review';
const nrCaption = 'The open kitchen at Ferro & Salt, built around a wood-fired grill.';
const nrCredit = 'Photograph: Morven Lyle/The Courier';
const nrBy = ['Isla Drummond', 'Sat 14 Mar 2026 06.00 GMT'];
const nrMeta = ['Share', '214'];
const nrNews = [
  'Skip past newsletter promotion',
  'Sign up to Feast',
  'Free weekly newsletter',
  'Our food critics on the best places to eat, plus recipes and seasonal ideas, delivered every Friday',
  'Enter your email address',
  'Sign up',
  'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
  'after newsletter promotion',
];
const nrRich = ['Restaurants', 'Bramble, Stockbridge: ‘A quiet triumph’ – restaurant review'];
const nrTopics = ['Restaurants', 'Food & drink', 'Edinburgh', 'Scotland', 'reviews'];
const nrEpic = [
  'You’ve read 5 articles in the last year',
  'Before you move on, we hope you will consider supporting our journalism. We are independent, with no billionaire owner, and ' +
    'we rely on readers to keep our reporting free for everyone.',
  'Support us',
  'Remind me in May',
];
const nrMore = [
  'Grace’s Dining Room, Glasgow: ‘Sunday lunch as it should be’ – restaurant review',
  'The best new restaurants in Scotland this spring',
  'Oak & Ember, Aberdeen: ‘A lot of smoke, not much fire’ – restaurant review',
];
const nrMost = [
  'Ten easy weeknight pasta recipes',
  'How to make the perfect pancakes',
  'Britain’s best seaside cafes, chosen by readers',
  'The cheap cuts butchers want you to try',
];
const nrComments = ['Comments (214)', 'Sign in or create your account to join the discussion.', 'View all comments'];
const nrFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Tax strategy', 'All topics'];
const nrAmp = (t: string): string => t.replace(/&/g, '&amp;');
const nrAd = `<aside class="ad-slot-container dcr-1jl528t"><div class="ad-slot ad-slot--inline" data-name="inline1">
<div class="ad-slot__label">Advertisement</div></div></aside>`;
const nrPs = (a: readonly string[]): string => a.map((p) => `<p class="dcr-1eu361v">${nrAmp(p)}</p>`).join('\n');
const nrHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferro &amp; Salt, Leith: ‘The kind of place every neighbourhood should have’ – restaurant review |
Food | The
Courier</title><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><meta name="description" content="${nrAmp(nrStand[0] ?? '')}">
<meta property="og:type" content="article"><meta property="article:author" content="https://www.thecourier.example/profile/isla-drummond">
<meta property="article:published_time" content="2026-03-14T06:00:24.000Z"><meta property="article:section" content="Food">
<link rel="canonical" href="https://www.thecourier.example/food/2026/mar/14/ferro-and-salt-leith-restaurant-review">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","headline":"Ferro & Salt, Leith – restaurant review",
"author":[{"@type":"Person","name":"Isla Drummond"}],"datePublished":"2026-03-14T06:00:24.000Z","publisher":{"@type":"Organization","name":"The Courier"}},
{"@type":"Review","itemReviewed":{"@type":"Restaurant","name":"Ferro & Salt"},"author":{"@type":"Person","name":"Isla Drummond"}}]</script>
<script>window.guardian={"config":{"page":{"section":"food","contentType":"Article","isPaidContent":false}}};</script>
<link rel="stylesheet" href="https://assets.thecourier.example/assets/main.a6b2f3.css"></head>
<body><a href="#maincontent" class="dcr-1mj7mc2">Skip to main content</a><a href="#navigation" class="dcr-1mj7mc2">Skip to navigation</a>
<div data-gu-name="top-bar"><div class="dcr-1l7qe7r">${nrTop.map((t) => `<a href="#" class="dcr-ty1x5j">${t}</a>`).join('')}</div></div>
<header data-component="nav4" id="navigation"><a href="/" class="dcr-1wm9ocq"><span class="dcr-1ecpcm7">The Courier - Back to home</span></a>
<nav aria-label="Courier sections"><ul data-testid="pillar-list" class="dcr-1cuq8ba">${nrPillars
  .map(
    (t) => `<li class="dcr-ol9fmn"><a
href="#">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div data-component="sub-nav"><ul class="dcr-10a0ydf">${nrSub.map((t) => `<li><a href="#">${nrAmp(t)}</a></li>`).join('')}</ul></div></header>
<main data-layout="StandardLayout"><article class="dcr-1xhwsn3"><div class="dcr-1j6vkgm">
<div data-gu-name="title"><div class="dcr-1bjpuby"><a href="/food/series/restaurant-review" class="dcr-1zvrwvd"><span>${nrKicker}</span></a></div></div>
<div data-gu-name="headline"><div class="dcr-2yocxv"><h1 class="dcr-r9ur6k">${nrAmp(nrTitle)}</h1></div></div>
<div data-gu-name="standfirst"><div data-testid="standfirst" class="dcr-1wj398p"><p>${nrStand[0]}</p></div></div>
<div data-gu-name="media"><figure id="fig1" data-spacefinder-role="inline" class="dcr-1trncfz"><div class="dcr-1t8m8f2"><picture class="dcr-evn1e9"><img
alt="The counter and open kitchen at Ferro &amp; Salt" src="https://i.courierimg.example/img/media/ferro-salt/1000.jpg" width="445"
height="267"></picture></div>
<figcaption data-spacefinder-role="inline" class="dcr-1ueqjrj"><span class="dcr-1inf02i">${nrAmp(nrCaption)}</span> <span
class="dcr-1q6fmma">${nrCredit}</span></figcaption>
</figure></div>
<div data-gu-name="meta"><div class="dcr-1s8ibz0"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div
class="dcr-1ef8bh1">
<a rel="author" class="dcr-mq2bfx" data-link-name="auto tag link" href="/profile/isla-drummond">${nrBy[0]}</a></div></address>
<details data-component="dateline" class="dcr-1b0wnzg"><summary class="dcr-ahb0fe"><span class="dcr-u0h1qy">${nrBy[1]}</span></summary>
<span class="dcr-u0h1qy">Last modified on Sat 14 Mar 2026 09.12 GMT</span></details>
<div class="dcr-1dxtaay" data-component="share"><button class="dcr-6x3o7u" aria-label="Share">${nrMeta[0]}</button></div>
<a href="#comments" class="dcr-qw1dgw" aria-label="214 Comments"><span class="dcr-8nq0hb">${nrMeta[1]}</span></a></div></div>
<div data-gu-name="body" class="dcr-1c6rdu6"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1x3zb5e">
${nrPs(nrP.slice(0, 2))}
${nrAd}
${nrPs(nrP.slice(2, 3))}
<aside data-component="rich-link" class="dcr-6xd1zd"><div data-link-name="rich-link-1 | 1" class="dcr-ytlsuj"><a href="#" class="dcr-1bgaeve"><div
class="dcr-12k2k0l">
<span class="dcr-2gdu4n">${nrRich[0]}</span><span class="dcr-8uvz4y">${nrRich[1]}</span></div><div class="dcr-1cbwb5w">Read more</div></a></div></aside>
${nrPs(nrP.slice(3, 5))}
<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-12" class="dcr-jzxpee">${nrNews[0]}</a>
<div data-component="newsletter-embed" class="dcr-1tlxmsh"><div class="dcr-16dwl1t"><p class="dcr-1rf5a23">${nrNews[1]}</p><p
class="dcr-1ul7k8r">${nrNews[2]}</p>
<p class="dcr-i1tiid">${nrNews[3]}</p><form class="dcr-1ygg7ec"><label for="email-12" class="dcr-1q2qjwv">${nrNews[4]}</label><input id="email-12" type="email">
<button type="submit" class="dcr-o3s7uu">${nrNews[5]}</button></form><p class="dcr-1emgmvn">${nrNews[6]}</p></div></div>
<div id="EmailSignup-skip-link-12" tabindex="0" aria-label="after newsletter promotion" role="note" class="dcr-jzxpee">${nrNews[7]}</div>
${nrPs(nrP.slice(5, 7))}
${nrAd.replace('inline1', 'inline2')}
<p class="dcr-1eu361v"><em>${nrAmp(nrP[7] ?? '')}</em></p>
<ul class="dcr-1vl6sn0">${nrScores.map((s) => `<li class="dcr-1eu361v">${s}</li>`).join('')}</ul>
</div>
<div data-component="keyword-list" class="dcr-1h3g4bk"><span class="dcr-1fs7akv">Explore more on these topics</span><ul class="dcr-ntqu4o">
${nrTopics.map((t) => `<li class="dcr-16u0b0t"><a href="#">${nrAmp(t)}</a></li>`).join('')}</ul></div>
<div class="dcr-1dxtaay" data-component="share-bottom"><button class="dcr-6x3o7u">Share</button><button class="dcr-6x3o7u">Reuse this content</button></div>
<div id="slot-body-end"><div data-component="contributions-epic" class="dcr-sdtrdx"><h2 class="dcr-11cqy9h">${nrEpic[0]}</h2><p
class="dcr-r3ak2k">${nrEpic[1]}</p>
<a class="dcr-16jhd4e" href="/support">${nrEpic[2]}</a><button class="dcr-1iz5xge">${nrEpic[3]}</button></div></div></div></article>
<aside data-gu-name="right-column"><div data-component="most-popular-right"><h2 class="dcr-1vnw2sj">Most viewed</h2><ol class="dcr-1f0yfws">
${nrMost
  .map(
    (t, i) => `<li class="dcr-1uztuky"><a href="#"><span class="dcr-1r9jp6j">${i + 1}</span><h3
class="dcr-1jhw8h7">${nrAmp(t)}</h3></a></li>`,
  )
  .join('\n')}</ol></div></aside>
<section data-component="more-on-this-story" data-link="onwards"><h2 class="dcr-1fs7akv">More on this story</h2><ul class="dcr-19kmbmz">
${nrMore.map((t) => `<li class="dcr-14e8inl"><a href="#"><h3 class="dcr-1k7m8ln">${nrAmp(t)}</h3></a></li>`).join('\n')}</ul></section>
<section id="comments" data-component="discussion"><h2 class="dcr-13jm2pp">${nrComments[0]}</h2><p class="dcr-1qt4xq6">${nrComments[1]}</p>
<button class="dcr-1qs3qfo">${nrComments[2]}</button></section></main>
<footer data-link-name="footer" class="dcr-1k7bz3c"><ul class="dcr-1tbnr2b">${links(nrFoot, 'dcr-sr0x6v')}</ul>
<div class="dcr-7ohvea">© 2026 The Courier Media Group Ltd. All rights reserved.</div><a href="#top" class="dcr-15qi3ty">Back to top</a></footer>
<script type="module" src="https://assets.thecourier.example/assets/index.client.web.c4d9a1.js"></script></body></html>`;

const review: TestPage = {
  html: nrHtml,
  name: 'heldout214-newspaper-restaurant-review',
  kind: 'news',
  // the standfirst, the closing address-and-prices paragraph and the scores are body; the kicker, the caption and credit, the
  // inline newsletter promotion, the rich link and the epic are furniture; the sub-nav's "Food" is a word of a score line, left out
  title: nrTitle,
  headings: [],
  body: texts([...nrStand, ...nrP, ...nrScores]),
  bylines: [...nrBy, 'Last modified on Sat 14 Mar 2026 09.12 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...nrTop, 'The Courier - Back to home', ...nrPillars, ...nrSub.filter((t) => t !== 'Food'),
      nrKicker, nrCaption, nrCredit,
    ...nrMeta, 'Advertisement', ...nrRich, 'Read more', ...nrNews, 'Explore more on these topics', ...nrTopics, 'Reuse this content', ...nrEpic,
    'Most viewed', ...nrMost, 'More on this story', ...nrMore, ...nrComments, ...nrFoot, '© 2026 The Courier Media Group Ltd. All rights reserved.',
    'Back to top',
  ],
};

export const HELDOUT214_E: readonly TestPage[] = [review, recallNotice];
