import { links, ps, type TestPage, texts } from './page-kit.js';
import { localTvStory } from './pages-heldout103-a2.js';

/**
 * Held-out batch 103, file a: a Guardian opinion column as the dotcom-rendering template saves it (the "Support the
 * Guardian" header strip, the pillar nav, "This article is more than 1 year old", the headline with the columnist's
 * cutout, the standfirst, the meta block with author, date, share and comment count, an inline "Related" aside, the
 * letters-page notice and the columnist's italic tagline at the end of the body, the contributions epic, tags, the collapsed
 * comments, "Most viewed" and the footer) and, from file a2, a local TV station story on a Nexstar WordPress site.
 */
const guTitle = 'Our high streets don’t need another task force. They need buses that turn up';
const guStand = 'Every new government promises to save the town centre. Few of them notice how people actually get there';
const guP1 = [
  'I grew up in a market town where the bus to the high street came every twelve minutes. You did not need a timetable; you ' +
    'walked to the stop and waited. By the time I left for university it came every forty minutes, and on Sundays not at all.',
  'The shops noticed before the council did. The butcher went first, then the shoe repairer, then the bank, which left a cash ' +
    'machine in the wall for a year as if in apology. Each closure was blamed on the internet, on rents, on rates. All of those ' +
    'things were true. None of them was the whole story.',
  'This week ministers announced yet another high streets task force, the fourth I can count since 2012. It will, we are told, ' +
    '“convene local leaders” and “unlock investment”. It will publish a report. It will almost certainly recommend pop-up shops, ' +
    'better signage and a loyalty app.',
];
const guRelated = 'The slow death of the Saturday bus';
const guP2 = [
  'What it will not do, because its terms of reference do not allow it, is look at the one thing that decides whether a ' +
    'high street lives: whether people can reach it without a car, at the times they want to, for a fare they can afford.',
  'The evidence here is not subtle. When Ashby Vale restored its evening services in 2022, footfall in the town centre after ' +
    '6pm rose by a fifth within a year, according to the council’s own counters. Two restaurants opened on a street that had ' +
    'not seen a new business in a decade. Nobody set up a task force. Somebody paid for buses.',
  'We treat public transport as a cost to be trimmed and town centres as a cause to be championed, as if the two had nothing ' +
    'to do with one another. Yet a bus route is the cheapest piece of regeneration there is. It needs no planning permission ' +
    'and no ribbon-cutting, just a driver, a vehicle and a promise that it will still be running next spring.',
  'That last part matters most. Shops, like passengers, need to plan. Nobody signs a ten-year lease on a unit served by a route ' +
    'that is up for review every April. The short-term grants that councils bid for, spend and then lose are worse than useless: ' +
    'they teach people that the bus cannot be relied on, and people who stop relying on it rarely come back.',
  'So here is a modest proposal for the new task force, should it want one. Before a single pop-up shop opens, guarantee every ' +
    'town of more than 10,000 people a bus to its centre every fifteen minutes, from seven in the morning until ten at night, ' +
    'for five years. Then measure what happens to the high street.',
  'I suspect the answer would embarrass a good many reports.',
];
const guLetters =
  'Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by ' +
  'email to be considered for publication in our letters section, please click here.';
const guTagline = 'Ellen Marchetti is a Guardian columnist';
const guSupport = ['Support the Guardian', 'Fund independent journalism with £5 per month', 'Support us'];
const guTop = ['Print subscriptions', 'Search jobs', 'Sign in'];
const guPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guSub = ['The Guardian view', 'Columnists', 'Cartoons', 'Opinion videos', 'Letters'];
const guEpic = [
  'We have some news to share …',
  'Our journalism is funded by our readers, and that means no billionaire owner or shareholders can tell us what to write.',
  'If you can, please consider supporting us with a regular contribution. It takes less than a minute.',
  'Single',
  'Monthly',
  'Annual',
  'Continue',
  'Remind me in December',
];
const guTags = ['Transport', 'Buses', 'Retail industry', 'Local government', 'comment'];
const guMost = [
  'Live Autumn budget: chancellor to set out spending plans',
  'Family of missing hiker thank rescuers after four days on moor',
  'The one-pot dinners that saved my weeknights',
  'Striker’s late goal sends Hallam through to cup quarter-final',
];
const guFoot = [
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
const guPs = (a: readonly string[]): string => ps(a, ' class="dcr-16w5gq9"');
const guHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${guTitle.replace('’', "'")} | Ellen Marchetti | The Guardian</title><meta charset="utf-8">
<meta name="description" content="${guStand}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:type" content="article"><meta property="article:author" content="https://www.theguardian.com/profile/ellen-marchetti">
<meta property="article:section" content="Opinion"><meta property="article:published_time" content="2024-03-14T06:00:11.000Z">
<link rel="canonical" href="https://www.theguardian.com/commentisfree/2024/mar/14/high-streets-task-force-buses">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","@id":"https://amp.theguardian.com/commentisfree/2024/mar/14",
"publisher":{"@type":"Organization","name":"The Guardian"},"datePublished":"2024-03-14T06:00:11.000Z","headline":"${guTitle}",
"author":[{"@type":"Person","name":"Ellen Marchetti","sameAs":"https://www.theguardian.com/profile/ellen-marchetti"}]}]</script>
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"commentisfree","isPaidContent":false}}};</script>
<script src="https://assets.guim.example/assets/frameworks.client.web.1f2e.js" defer></script></head>
<body><a href="#maincontent" class="dcr-1ivuvkv">Skip to main content</a><a href="#navigation" class="dcr-1ivuvkv">Skip to navigation</a>
<div id="bannerandheader"><header data-component="header"><div class="dcr-18z1pwl"><div id="top-bar" class="dcr-1lv3j6g">
<gu-island name="SupportTheG" priority="feature" deferuntil="idle"><div class="dcr-2h9ah2"><h2 class="dcr-1a1tvq5">${guSupport[0]}</h2>
<p class="dcr-1h07mi1">${guSupport[1]}</p><a class="dcr-1ixwsvr" href="https://support.theguardian.com/contribute">${guSupport[2]}
<svg width="24" height="24" viewBox="0 0 24 24"></svg></a></div></gu-island>
<ul class="dcr-15b1k3y">${links(guTop, 'dcr-ckt6qh')}</ul></div>
<a href="/" data-link-name="nav3 : logo"><span class="dcr-1bnxpnq">The Guardian - Back to home</span><svg viewBox="0 0 295 95"></svg></a></div>
<nav data-component="nav2" id="navigation" aria-label="Guardian sections"><ul class="dcr-1tjvv0d" role="menubar">
${guPillars
  .map(
    (t) => `<li class="dcr-1sdgf2c" role="none"><a class="dcr-ufwd6j" role="menuitem" data-link-name="nav3 : primary : ${t}"
href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}
</ul><ul class="dcr-13bfu7s" data-testid="sub-nav">${links(guSub, 'dcr-1qkd1q5')}</ul></nav></header></div>
<main data-layout="CommentLayout"><article class="dcr-1kfx0tq"><div class="dcr-15qq9cb">
<div data-gu-name="title"><div class="dcr-1u8qly9"><a href="/commentisfree/commentisfree" class="dcr-1qv2dag"><span>Opinion</span></a>
<a href="/uk/transport" class="dcr-1qv2dag"><span>Transport</span></a></div></div>
<div data-gu-name="headline" class="dcr-1hrxt4j"><div class="dcr-1m7kt2h"><div class="dcr-1sp5bzy"><svg class="dcr-1h6vxi4"></svg>
<span class="dcr-1lbx9k5">This article is more than <strong>1 year old</strong></span></div>
<div class="dcr-1h9ga2c"><h1 class="dcr-15f2ki3">${guTitle}</h1></div>
<div class="dcr-1ln6kec"><a href="https://www.theguardian.com/profile/ellen-marchetti" rel="author" data-link-name="auto tag link"
class="dcr-ed6m3c">Ellen Marchetti</a></div>
<picture class="dcr-1ve4ow3"><img alt="Ellen Marchetti" src="https://uploads.guim.example/2023/contributor-cutout.png" height="160" width="160"></picture>
</div></div>
<div data-gu-name="standfirst"><div class="dcr-1l8n6q3"><p>${guStand}</p></div></div>
<div data-gu-name="media"><figure id="img-1" class="dcr-1xuvl6g"><div class="dcr-mr1rns"><picture><img alt="A single-decker bus at a stop"
src="https://i.guim.example/img/media/8a1c/master/3000.jpg" width="445" height="267" loading="eager"></picture></div>
<figcaption class="dcr-9ktzqp"><span class="dcr-xhnk2m"><svg width="18" height="13" viewBox="0 0 18 13"></svg></span>
‘A bus route is the cheapest piece of regeneration there is.’ Photograph: Robert Kinnear/Alamy</figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1h2cax8"><div class="dcr-1aul2ye"><div class="dcr-u0h1qy"><details class="dcr-1h1rwl0" data-component="dateline">
<summary class="dcr-1ybxn6r"><span>Thu 14 Mar 2024 06.00 GMT</span></summary></details></div>
<div class="dcr-1qvd3m6"><gu-island name="ShareButton" priority="feature" deferuntil="visible"><button type="button" aria-label="Share" class="dcr-i8h0c1">
<svg width="24" height="24"></svg><span>Share</span></button></gu-island>
<gu-island name="CommentCount" priority="feature" deferuntil="idle"><a href="#comments" data-link-name="Comment count" aria-label="412 Comments"
class="dcr-bh9a4j"><svg></svg><span class="dcr-n0k5sy">412</span></a></gu-island></div></div></div>
<div data-gu-name="body" class="dcr-oz23bq"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-fp6shk">
${guPs(guP1)}
<aside data-gu-name="rich-link" class="dcr-11tuqlr"><div data-print-layout="hide" class="dcr-1twxu9k" data-name="rich-link-2 | 2">
<a class="dcr-1ljk3v0" data-link-name="in body link" href="https://www.theguardian.com/commentisfree/2023/saturday-bus"><div class="dcr-jyj1k2">
<div class="dcr-1h0tzfe">Related: </div><div class="dcr-qs8d7g">${guRelated}</div></div><div class="dcr-ohqe2v">Read more</div></a></div></aside>
${guPs(guP2)}
<p class="dcr-16w5gq9"><em>${guTagline}</em></p>
<p class="dcr-16w5gq9"><em>${guLetters.replace('click here', '<a href="https://www.theguardian.com/tone/letters">click here</a>')}</em></p>
</div>
<gu-island name="SlotBodyEnd" priority="feature" deferuntil="visible"><div id="slot-body-end"><div class="dcr-1e82jl9" data-testid="contributions-epic">
<h2 class="dcr-5l5k0h">${guEpic[0]}</h2>${ps(guEpic.slice(1, 3), ' class="dcr-1hnyzr7"')}<div class="dcr-9r6r8u" role="radiogroup">
${guEpic
  .slice(3, 6)
  .map((t) => `<button type="button" role="radio" class="dcr-1u2bezh">${t}</button>`)
  .join('')}</div>
<a class="dcr-19wz3dg" href="https://support.theguardian.com/contribute">${guEpic[6]}</a><button type="button" class="dcr-7ry0vl">${guEpic[7]}</button>
</div></div></gu-island>
<div class="dcr-1u8qly9"><div data-gu-name="keywords" class="dcr-1eu1w4b"><span class="dcr-11kjxal">Explore more on these topics</span>
<ul class="dcr-1kzxrqf">${links(guTags, 'dcr-1ipdq81')}</ul></div>
<div class="dcr-1b5wqcw"><button type="button" class="dcr-i8h0c1">Share</button><a href="/info/reuse" class="dcr-ldsp9j">Reuse this content</a></div></div>
</div></article>
<section data-component="discussion" id="comments" class="dcr-1l9vfzu"><h2 class="dcr-tujggt">Comments (412)</h2>
<p class="dcr-1kc6qhm">Sign in or create your Guardian account to join the discussion</p><button type="button" class="dcr-1jj1xod">View more
comments</button></section>
<section data-component="more-on-this-story" class="dcr-1kovp3z"><h2 class="dcr-h0u6sb">Most viewed</h2><ol class="dcr-1t3v2aw">
${guMost
  .map(
    (t, i) => `<li class="dcr-kbsjha"><span class="dcr-cvizmk">${i + 1}</span><a href="/most-viewed/${i}"
class="dcr-1s5p9h4">${t}</a></li>`,
  )
  .join('\n')}
</ol></section></main>
<footer data-component="footer" class="dcr-11hm9n2"><div class="dcr-1thezbq"><ul class="dcr-1kpxzob">${links(guFoot, 'dcr-1c1uojg')}</ul>
<div class="dcr-yxnrbc"><h3 class="dcr-ohnk5x">Sign up for our email</h3><p>Get the best of the Guardian delivered to your inbox.</p>
<label for="footer-email">Email address</label><input id="footer-email" type="email"><button type="submit">Sign up</button></div>
<small class="dcr-1l7rxjz">© 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</small></div></footer>
<div id="sp_message_container_1102" class="sp-message-container" style="display:block"><div class="message-component message-column" role="dialog">
<p class="message-component message-text">It’s your choice</p><p class="message-component">We and our partners use cookies and similar technologies to
personalise content and ads, to measure performance and to understand how people use our site.</p>
<button class="message-component message-button no-children sp_choice_type_11">Yes, I’m happy</button>
<button class="message-component message-button no-children sp_choice_type_12">Manage or reject cookies</button></div></div>
<script src="https://assets.guim.example/assets/index.client.web.9c7d.js" type="module"></script></body></html>`;
const guardian: TestPage = {
  html: guHtml,
  name: 'heldout103-guardian-opinion-news',
  kind: 'news',
  // the standfirst is body; the columnist's italic tagline at the foot of the body is in neither list, the letters-page
  // notice beside it is furniture; the kicker links ("Opinion", "Transport") are furniture
  title: guTitle,
  headings: [],
  body: [guStand, ...texts(guP1), ...texts(guP2)],
  bylines: ['Ellen Marchetti', 'Thu 14 Mar 2024 06.00 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...guSupport, ...guTop, 'The Guardian - Back to home', ...guPillars, ...guSub,
    'This article is more than 1 year old',
    '‘A bus route is the cheapest piece of regeneration there is.’ Photograph: Robert Kinnear/Alamy', 'Share', '412', 'Related:', guRelated,
    'Read more', guLetters, ...guEpic, 'Explore more on these topics', ...guTags, 'Reuse this content', 'Comments (412)',
    'Sign in or create your Guardian account to join the discussion', 'View more comments', 'Most viewed', ...guMost, ...guFoot,
    'Sign up for our email', 'Get the best of the Guardian delivered to your inbox.', 'Email address', 'Sign up',
    '© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)', 'It’s your choice',
    'We and our partners use cookies and similar technologies to personalise content and ads, to measure performance and to understand ' +
      'how people use our site.',
    'Yes, I’m happy', 'Manage or reject cookies',
  ],
};

export const HELDOUT103_A: readonly TestPage[] = [guardian, localTvStory];
