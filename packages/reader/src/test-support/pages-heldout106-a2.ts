import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 106, file a2: a Guardian long read as the dotcom-rendering template saves it (the support banner and the
 * header with "Print subscriptions", "Sign in" and the pillar nav, the "The long read" series label, the headline and the
 * standfirst, the main picture with its caption, the byline and date with the "Share" and comment count, the body with a
 * drop cap, an inline image, a pull quote, a rich link and the italic podcast line at the end, the contributions epic, topic
 * tags, "Most viewed", "More from The long read", comments and the footer).
 */
const guTitle = 'The lighthouse keepers who never left: life on Britain’s last staffed rock';
const guStandfirst =
  'For 70 years the Skerrin Rock light has been run by the same three families. Automation was supposed to end it a decade ago. ' + 'Why hasn’t it?';
const guP = [
  'The boat from Port Aird leaves when the sea allows, which in winter is rarely. On the morning I crossed, the skipper, a heavy, ' +
    'patient man called Euan Laing, waited two hours at the quay before deciding the swell had dropped enough. “She’ll take us,” he said, ' +
    'meaning the boat, and then, meaning the rock: “She might not let us off.”',
  'Skerrin Rock is 14 miles off the west coast, a black wedge of basalt with a white tower on top and almost nothing else. Since 1955 ' +
    'its light has been kept by members of three families – the Laings, the MacRaes and the Dunnets – working in rotas of four weeks on, ' +
    'four weeks off. In 2015, when the last other staffed light in Britain was automated, the Northern Lights Board announced that ' +
    'Skerrin would follow within two years.',
  'It did not. The reasons are partly technical, partly financial and partly, as everyone on the rock will tell you, a matter of ' +
    'stubbornness. The automated system fitted in 2017 failed twice in its first winter, once for 19 hours, and the board quietly ' +
    'renewed the keepers’ contracts. They have been renewed every year since.',
  'Life on the rock is organised around the light and the weather, in that order. The keepers on duty – there are always two – ' +
    'check the lamp and the fog signal every four hours, log the wind, the sea state and the visibility, and radio the coastguard at ' +
    'dawn and dusk. Between those tasks there is cooking, cleaning, maintenance and a great deal of waiting.',
  '“People think it’s lonely,” Morag Dunnet told me on my second evening, as we ate fish pie in the kitchen at the base of the tower. ' +
    'She is 58 and has kept the light for 31 years, like her father before her. “It isn’t, really. It’s quiet. Those are different things.”',
  'The families have changed the job as much as the board has. The MacRaes brought a satellite dish in 2009, and with it the internet, ' +
    'which the older keepers regarded with deep suspicion until the winter a storm kept the relief boat away for 40 days and the dish was ' +
    'how they ordered flour. The Dunnets keep hens in a sheltered corner of the yard. Euan Laing’s son, Calum, 26, is studying marine ' +
    'engineering by correspondence between watches.',
  'Whether there will be a fourth generation is another question. Calum is the only keeper under 40, and the board’s own review, ' +
    'published last spring, describes the arrangement as “a legacy model with no clear succession route”. In other words, the light ' +
    'will be kept as long as these particular people want to keep it.',
  'On my last morning the sea was flat and grey, and the boat came early. Morag walked me down the 168 steps cut into the rock to the ' +
    'landing. I asked her what would happen when she and the others finally stopped. She looked up at the tower for a while before she ' +
    'answered. “Then it’ll be a machine on a rock,” she said. “It’ll work fine. It just won’t be anybody’s.”',
];
const guPull = '“It’s not lonely. It’s quiet. Those are different things.”';
const guPodcast =
  'Follow the Long Read on X at @gdnlongread, listen to our podcasts here and sign up to the long read weekly email ' +
  '<a href="https://www.theguardian.example/info/2016/apr/long-read-email">here</a>.';
const guCaption = 'The tower on Skerrin Rock, seen from the relief boat. Photograph: Ailsa Crerar/The Guardian';
const guCaption2 = 'Morag Dunnet in the lamp room. Photograph: Ailsa Crerar/The Guardian';
const guRich = 'The last ferryman of the Kyles: a working life on the water';
const guPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guSub = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business'];
const guEpic = [
  'Before you move on …',
  'We hope you appreciated this article. Unlike many others, we have no billionaire owner, which means we can fearlessly chase the ' +
    'truth and report it with integrity.',
  'If you can, please consider supporting us just once, or better yet, every month. It takes less than a minute.',
];
const guTags = ['Scotland', 'Maritime', 'Work & careers', 'features'];
const guMost = [
  'Rachel Reeves rules out income tax rise in autumn statement',
  'Ten of the best winter walks in the Lake District',
  'Scientists find new species of deep-sea squid off Cornwall',
  '‘I’ve never been so happy’: the couple who swapped London for a croft',
];
const guMore = ['The great British kitchen renovation boom – and who pays for it', 'Inside the strange world of competitive bell-ringing'];
const guFoot = [
  'About us',
  'Help',
  'Complaints & corrections',
  'SecureDrop',
  'Work for us',
  'Privacy policy',
  'Cookie policy',
  'Terms & conditions',
  'Contact us',
];
const guComment = 'Wonderful piece. My grandfather kept the Bell Rock light in the 1950s and this could have been written about him.';
const guP2 = (t: string, first = false): string =>
  first ? `<p class="dcr-16w5gq9"><span class="dcr-1g6n2xy">${t.slice(0, 1)}</span>${t.slice(1)}</p>` : `<p class="dcr-16w5gq9">${t}</p>`;
const guFig = (cap: string, n: number): string => `<figure id="img-${n}" data-spacefinder-role="inline" class="dcr-1kbd5lu"><div class="dcr-1t8m8f2">
<picture class="dcr-evn1e9"><img alt="" src="https://i.guim.example/img/media/${n}/master/2000.jpg?width=620&amp;dpr=1" width="620" height="372"
loading="lazy" class="dcr-1989ovb"></picture></div><figcaption data-spacefinder-role="inline" class="dcr-9ktzqp"><span class="dcr-1inf02i">
<svg width="18" height="13" viewBox="0 0 18 13"></svg></span>${cap}</figcaption></figure>`;
const guHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${guTitle} | Lighthouses | The Guardian</title><meta charset="utf-8">
<meta name="description" content="${guStandfirst}"><meta property="og:title" content="${guTitle}"><meta property="og:type" content="article">
<meta property="article:author" content="https://www.theguardian.example/profile/tomasz-wren"><meta name="author" content="Tomasz Wren">
<link rel="canonical" href="https://www.theguardian.example/news/2025/nov/04/lighthouse-keepers-skerrin-rock-last-staffed-light">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","@id":"https://amp.theguardian.example/news/2025/nov/04/x",
"publisher":{"@type":"Organization","name":"The
Guardian"},"isAccessibleForFree":true,"headline":"${guTitle}","datePublished":"2025-11-04T06:00:31.000Z",
"author":[{"@type":"Person","name":"Tomasz Wren"}]}]</script>
<script>window.guardian = {"config":{"page":{"section":"news","series":"The long read","tones":"Features","isPaidContent":false}}};</script>
<script type="module" src="https://assets.guim.example/assets/frameworks.client.web.8c2cb1d3.js"></script></head>
<body><a href="#maincontent" class="dcr-1xa5v7t">Skip to main content</a><a href="#navigation" class="dcr-1xa5v7t">Skip to navigation</a>
<div id="bannerandheader"><header data-component="nav4" class="dcr-1q2kp5y"><div class="dcr-1h5l0ek"><div class="dcr-n5q4cu">
<a href="https://support.theguardian.example/subscribe/weekly?REFPVID=x" data-link-name="nav4 : topbar : printsubs">Print subscriptions</a>
<a href="https://profile.theguardian.example/signin" data-link-name="nav4 : topbar : signin">Sign in</a>
<a href="https://jobs.theguardian.example" data-link-name="nav4 : job-cta">Search jobs</a><a
href="https://www.google.example/search?q=site:theguardian">Search</a></div>
<div class="dcr-1h3hxmu"><span class="dcr-1nmhsx">Support the Guardian</span><span>Fund the free press with a digital subscription</span>
<a href="https://support.theguardian.example/contribute" class="dcr-1ndg4cc">Support us</a></div>
<a href="/" data-link-name="nav4 : logo"><span class="dcr-1p0hins">The Guardian - Back to home</span><svg viewBox="0 0 295 95"></svg></a></div>
<nav id="navigation" aria-label="Guardian sections" data-component="nav3"><ul data-testid="pillar-list" class="dcr-1bs7j8q">${links(guPillars, 'dcr-1i3jw2')}
</ul><ul class="dcr-yh1wmk" data-testid="sub-nav">${links(guSub, 'dcr-1xa2j5i')}</ul></nav></header></div>
<main data-layout="ImmersiveLayout"><article class="dcr-1fj1xd2"><div class="dcr-1hvv3l4">
<div data-gu-name="media" class="dcr-1t1q1ak">${guFig(guCaption, 1)}</div>
<div data-gu-name="title" class="dcr-aw9f1e"><div class="dcr-1v1nks1"><a href="https://www.theguardian.example/news/series/the-long-read"
class="dcr-14r4ibq" data-link-name="article series">The long read</a></div></div>
<div data-gu-name="headline" class="dcr-1lpqu6a"><div class="dcr-1bu3uyk"><h1 class="dcr-1t9zq8e">${guTitle}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1vl0x83"><div data-testid="standfirst" class="dcr-1esf1ji"><p>${guStandfirst}</p></div></div>
<div data-gu-name="meta" class="dcr-1vtsiav"><div class="dcr-1b1mxlq"><address aria-label="Contributor info" data-component="meta-byline"
data-link-name="byline"><div class="dcr-1d3v7fp"><a rel="author" class="dcr-ubpiw8" data-link-name="auto tag link"
href="https://www.theguardian.example/profile/tomasz-wren">Tomasz Wren</a></div></address>
<div class="dcr-1al8cf"><details data-gu-name="dateline" class="dcr-12mh7q1"><summary class="dcr-1ybxn6r"><span class="dcr-u0h1qy">Tue 4 Nov 2025
06.00 CET</span>
</summary>Last modified on Tue 4 Nov 2025 11.12 CET</details></div>
<div class="dcr-1ak5jl7"><gu-island name="ShareButton" priority="feature" deferuntil="visible"><button type="button" class="dcr-1c1h4ft"
aria-live="polite">Share</button></gu-island><gu-island name="CommentCount" priority="feature" deferuntil="visible"><a href="#comments"
data-link-name="Comment count" aria-label="148 Comments" class="dcr-1ewsm8r"><span class="dcr-1fmk3cs">148</span></a></gu-island></div></div></div>
<div data-gu-name="body" class="dcr-1ttxwls"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-ztwc9y">
${guP2(guP[0] ?? '', true)}
${guP
  .slice(1, 3)
  .map((t) => guP2(t))
  .join('\n')}
<aside data-spacefinder-role="richLink" data-gu-name="rich-link" class="dcr-11k1dqf"><div class="dcr-1rrvvjy"><a data-link-name="rich-link-1 | 1"
href="https://www.theguardian.example/news/2024/mar/02/kyles-ferryman"><div class="dcr-1wpn5mx"><span class="dcr-1u0tbxw">Related: </span>
<h2 class="dcr-1ig3m1u">${guRich}</h2></div></a></div></aside>
${guP
  .slice(3, 5)
  .map((t) => guP2(t))
  .join('\n')}
<aside data-spacefinder-role="supporting" class="dcr-1n76esk"><svg viewBox="0 0 22 14"></svg><blockquote
class="dcr-zzndwp"><p>${guPull}</p></blockquote></aside>
${guFig(guCaption2, 2)}
${guP
  .slice(5)
  .map((t) => guP2(t))
  .join('\n')}
<p class="dcr-16w5gq9"><em>${guPodcast}</em></p></div>
<gu-island name="SlotBodyEnd" priority="feature" deferuntil="visible"><div id="slot-body-end"><div class="dcr-1r1y1jz"
data-testid="contributions-liveblog-epic">
<h2 class="dcr-1h2y1c0">${guEpic[0]}</h2><p>${guEpic[1]}</p><p>${guEpic[2]}</p><a href="https://support.theguardian.example/contribute">Support us</a>
<div class="dcr-1f0l9bi"><img src="https://assets.guim.example/images/acquisitions/2db3a266.svg" alt="Accepted payment methods: Visa, Mastercard,
PayPal">
</div></div></div></gu-island>
<div data-gu-name="lines" class="dcr-1dhvbk3"><div class="dcr-1xdcm5e"><h2 class="dcr-12n2v5z">Explore more on these topics</h2><ul
class="dcr-1hnzd0q">
${links(guTags, 'dcr-1c4z7zn')}</ul></div><div class="dcr-1ak5jl7"><button type="button" class="dcr-1c1h4ft">Share</button>
<a href="https://syndication.theguardian.example/?url=x&amp;type=article" class="dcr-1q2hqav">Reuse this content</a></div></div></div></article>
<section data-component="more-on-this-story" class="dcr-yn2bmv"><h2 class="dcr-1d8kpgd">More from The long read</h2><ul>
${guMore
  .map(
    (t) => `<li class="dcr-1y3z8rv"><a class="dcr-lv2v9o" href="/news/x"><h3
class="dcr-1ay6c8s">${t}</h3></a></li>`,
  )
  .join('\n')}</ul></section>
<section id="comments" data-component="discussion" class="dcr-d3wz0y"><h2 class="dcr-1m2d4oy">Comments (148)</h2>
<p class="dcr-cu5r9i">Sign in or create your Guardian account to join the discussion</p><ul class="dcr-1ddjqge"><li><div class="dcr-1q8a5ta">
<a href="/profile/x" class="dcr-1hjr4l0">SeaglassAndSalt</a><time class="dcr-1y9q7cy">4 Nov 2025 8.41</time><p>${guComment}</p>
<button class="dcr-sbn5kz">Recommend</button><button class="dcr-sbn5kz">Report</button></div></li></ul><button class="dcr-121nygr">View more
comments</button>
</section>
<section data-component="most-popular" class="dcr-1kwg2vi"><h2 class="dcr-m1s4bw">Most viewed</h2><ol>
${guMost.map((t) => `<li class="dcr-19ozwx2"><a href="/x"><h4 class="dcr-16nm0qq">${t}</h4></a></li>`).join('\n')}</ol></section></main>
<footer data-link-name="footer" data-testid="footer" class="dcr-1ar3uwf"><ul class="dcr-1ydj6xc">${links(guFoot, 'dcr-1x2ghn9')}</ul>
<div class="dcr-zkmmqo"><a href="https://www.theguardian.example/email-newsletters">Sign up to our daily email</a></div>
<div class="dcr-1lmktf6">© 2025 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</div></footer>
<script type="module" src="https://assets.guim.example/assets/index.client.web.4b1a0.js"></script></body></html>`;
export const guardianLongRead: TestPage = {
  html: guHtml,
  name: 'heldout106-guardian-long-read',
  kind: 'news',
  // the standfirst is body; the pull quote (a reworded line of the story), the rich link, the italic podcast line, the
  // series label, captions, the epic, tags, rails, the reader comment and the footer are furniture; the byline and both
  // date lines are bylines
  title: guTitle,
  headings: [],
  body: [guStandfirst, ...guP],
  bylines: ['Tomasz Wren', 'Tue 4 Nov 2025 06.00 CET', 'Last modified on Tue 4 Nov 2025 11.12 CET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Skip to navigation', 'Print subscriptions', 'Sign in', 'Search jobs', 'Search', 'Support the Guardian',
    'Fund the free press with a digital subscription', 'Support us', 'The Guardian - Back to home', ...guPillars, ...guSub, guCaption,
'The long read',
    'Share', '148', 'Related:', guRich, guPull, guCaption2, texts([guPodcast])[0] ?? '', ...guEpic, 'Explore more on these topics', ...guTags,
    'Reuse this content', 'More from The long read', ...guMore, 'Comments (148)', 'Sign in or create your Guardian account to join the discussion',
    'SeaglassAndSalt', '4 Nov 2025 8.41', guComment, 'Recommend', 'Report', 'View more comments', 'Most viewed', ...guMost, ...guFoot,
    'Sign up to our daily email', '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)',
  ])],
};
