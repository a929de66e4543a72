import { links, ps, type TestPage, texts } from './page-kit.js';
import { nytStory } from './pages-heldout72-a2.js';

/**
 * Held-out batch 72, file a: a Guardian (dotcom-rendering) environment story from 2023 with the "This article is more than
 * 2 years old" age warning above the headline, a standfirst, main picture with caption and credit, the contributor line and
 * dateline details, a rich link and ad slot inside the body, the reader-support epic at the end of the body, "Explore more on
 * these topics", "Most viewed" and a closed comments section, header pillars and the footer; and a New York Times story
 * (file a2).
 */
const guTitle = 'Beavers to return to River Tallow after 400 years as council backs five-year trial';
const guStandfirst = 'Somerset valley’s farmers split over release of eight animals that backers say will slow floods and revive wetland wildlife';
const guBody1 = [
  'Beavers will be released into the River Tallow in Somerset this autumn, four centuries after they were hunted out of the valley, ' +
    'after councillors narrowly approved a five-year trial on Tuesday.',
  'Eight Eurasian beavers, drawn from a licensed population in the Scottish borders, will be let go in two family groups on land ' +
    'owned by the Tallow Valley Wildlife Trust near the village of Mardle. Mardle district council voted 23 to 19 in favour after ' +
    'a three-hour debate that drew farmers, anglers and parents from the village primary school to the public gallery.',
  'Supporters say the animals’ dams will hold back water in the steep upper valley and take the edge off the floods that have ' +
    'reached homes in Mardle three times since 2014. A study commissioned by the trust estimated that a network of beaver ponds ' +
    'could delay the peak of a flood by up to four hours.',
  '“We have spent millions on concrete and pumps in this valley and the water still comes,” said Ruth Okonedo-Hale, the trust’s ' +
    'chair. “Beavers will not solve everything, but they work for nothing and they work every night.”',
];
const guH1 = 'Compensation scheme';
const guBody2 = [
  'Not everyone was persuaded. Gareth Pengelly, whose family has farmed 140 hectares on the valley floor for three generations, ' +
    'told the meeting that beaver dams on a neighbouring estate in Devon had flooded fields and blocked drains.',
  '“Nobody is against wildlife,” he said. “We are against being the ones who pay for it when a field goes under in April and we ' +
    'cannot get the drill on until June.”',
  'To win over waverers, the trust has agreed to set up a compensation fund of £60,000 for crop losses and to employ a full-time ' +
    'beaver officer who can remove or notch dams that threaten drainage. Animals that repeatedly cause damage can be moved under ' +
    'the terms of the licence.',
  'The National Farmers’ Union in the south-west said it would watch the trial closely. A spokesperson said the fund was ' +
    '“a start, but only if claims are paid quickly and without a fight”.',
];
const guH2 = 'Fish and insects';
const guBody3 = [
  'Anglers on the lower Tallow had worried that dams would stop sea trout reaching their spawning gravels. Ecologists at the ' +
    'University of Wessex, who will monitor the trial, said evidence from other rivers suggested fish could pass most dams in ' +
    'high water and that the ponds tended to hold more young fish, not fewer.',
  'The monitoring team will also count dragonflies, bats and water voles each summer. Dr Imogen Sarre, who leads it, said the ' +
    'valley had lost most of its wet meadows to drainage in the 1970s. “Beavers are the only engineers who build wetlands for free,” ' +
    'she said. “We want to measure what they bring back, and what it costs, honestly.”',
  'If the trial is judged a success, the council will consider a permanent licence in 2028. The first release is planned for ' +
    'late September, once the young of the year in the source population have been weaned.',
];
const guNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guSubNav = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business'];
const guTop = ['Print subscriptions', 'Newsletters', 'Sign in', 'Search jobs'];
const guCaption = 'A Eurasian beaver at a managed enclosure in Devon. Eight animals will be released on the Tallow.';
const guCredit = 'Photograph: Tom Wren/Alamy';
const guRich = 'Beavers given legal protection in England as numbers grow';
const guEpic = [
  'You’ve read 9 articles in the last year',
  'Before you go: the Guardian has no shareholders and no billionaire owner, so the reporting you have just read was paid for by ' +
    'readers who chose to support it. Every contribution, however small, keeps our journalism free for everyone to read.',
  'If you can, please support us today. It takes less than a minute.',
];
const guEpicButtons = ['Support once', 'Support monthly', 'Support annually', 'Continue', 'Remind me in May'];
const guTags = ['Wildlife', 'Rivers', 'Rewilding', 'Conservation', 'Somerset'];
const guMost = [
  'Heatwave warning issued for much of England as temperatures climb',
  'Supermarket price war cuts cost of a weekly shop for first time in two years',
  'Rail strike called off after late-night talks',
  'Scientists find microplastics in rain falling on Dartmoor',
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
  'All topics',
  'All writers',
  'Digital newspaper archive',
  'Advertise with us',
];
const guCopy = '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)';
const guClosed = 'This discussion is now closed for comments but you can still sign in or create your Guardian account to join the discussion next time';
const gu = (a: readonly string[]): string => ps(a, ' class="dcr-s3ycb2"');
const guHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${guTitle} | Wildlife | The Guardian</title>
<meta name="description" content="${guStandfirst}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="${guTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@guardian">
<meta property="article:published_time" content="2023-03-14T16:20:41.000Z"><meta property="article:section" content="Environment">
<link rel="canonical" href="https://www.theguardian.com/environment/2023/mar/14/beavers-return-river-tallow-trial">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${guTitle}","datePublished":"2023-03-14T16:20:41.000Z",
"author":[{"@type":"Person","name":"Helen Ardsley","sameAs":"https://www.theguardian.com/profile/helen-ardsley"}],
"publisher":{"@type":"Organization","name":"The Guardian"}}]</script>
<script>window.guardian={config:{page:{contentType:"Article",section:"environment",isPaidContent:false,webPublicationDate:1678810841000}}};</script>
<link rel="stylesheet" href="https://assets.guim.co.uk/assets/fonts.css"></head>
<body>
<div id="bannerandheader"><a data-link-name="skip-to-main" href="#maincontent" class="dcr-1f1lz0d">Skip to main content</a>
<a href="#navigation" class="dcr-1f1lz0d">Skip to navigation</a>
<div data-component="header"><div class="dcr-1a3qgp3"><ul class="dcr-1cpr7ex">${links(guTop, 'dcr-p1k5yu')}</ul>
<div class="dcr-11oi4ix"><div class="dcr-8gucuy">Support the Guardian</div><div class="dcr-1tvrkbh">Fund the free, independent journalism the world needs</div>
<a class="dcr-1aj7q9u" href="https://support.theguardian.com/contribute?INTCMP=header_support">Support us</a></div>
<a href="/" data-link-name="nav4 : logo"><span class="dcr-1xq0m8z">The Guardian - Back to home</span><svg viewBox="0 0 295 95"></svg></a></div>
<nav id="navigation" aria-label="Guardian sections" data-component="nav4"><ul class="dcr-9uqc3q" role="menubar">${links(guNav, 'dcr-1pzijgu')}</ul>
<button class="dcr-1z6gnkf" aria-label="Show more">More</button></nav>
<div data-component="sub-nav"><ul class="dcr-ybbrnw">${links(guSubNav, 'dcr-l6j8mx')}</ul></div></div></div>
<main data-layout="StandardLayout"><article class="dcr-1b9otc6"><div class="dcr-sqgrnm">
<div data-gu-name="title" class="dcr-1ekmlc6"><a data-link-name="article section" href="/environment/wildlife"><span
class="dcr-1mtmvbp">Wildlife</span></a></div>
<div data-gu-name="headline" class="dcr-1jv2mk2"><div class="dcr-8bkhlw"><div class="dcr-5ke4p2" aria-hidden="true"><svg width="18" height="18"></svg>
This article is more than <strong>2 years old</strong></div><div class="dcr-1hpb6ba">This article is more than 2 years old</div>
<h1 class="dcr-3aynft">${guTitle}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1ns8fh"><p>${guStandfirst}</p></div>
<div data-gu-name="media" class="dcr-1t8m8f5"><figure id="f1c2d9a0" data-spacefinder-role="immersive" class="dcr-173mewl"><div class="dcr-1t8m8f5">
<picture class="dcr-evn1e9"><img alt="A beaver swimming in a pond" src="https://i.guim.co.uk/img/media/beaver.jpg?width=700" width="700" height="420"
loading="eager"></picture></div>
<figcaption class="dcr-jr7ab8"><span class="dcr-1dgrrdl"><svg width="11" height="10" viewBox="0 0 11 10"></svg></span><span
class="dcr-v9fq9a">${guCaption}</span>
 ${guCredit}</figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1jhqgcc"><div class="dcr-1qj4lfv"><address aria-label="Contributor info" data-component="meta-byline"
data-link-name="byline"><div class="dcr-1u8qly9"><a rel="author" data-link-name="auto tag link" href="/profile/helen-ardsley">Helen Ardsley</a>
<span class="dcr-8lsgmt">Environment correspondent</span></div></address>
<details data-gu-name="dateline" class="dcr-1ybxn6r"><summary class="dcr-12fpzem"><span class="dcr-u0h1qy">Tue 14 Mar 2023 16.20 GMT</span></summary>
Last modified on Tue 14 Mar 2023 17.02 GMT</details></div>
<div class="dcr-1fgwqo5"><div id="share-button-top" class="dcr-1o3ga4u"><button type="button" class="dcr-c5ks6t" aria-label="Share">Share</button></div>
<div data-gu-name="comment-count" class="dcr-1bu3gh0"><a href="#comments" data-link-name="Comment count" aria-label="412 Comments"
class="dcr-1f59q6i"><svg viewBox="0 0 30 30"></svg><span class="dcr-dikzn4">412</span></a></div></div></div>
<div data-gu-name="body" class="dcr-1pdxtl4"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1nc5u8z">
${gu(guBody1)}
<aside data-spacefinder-role="richLink" data-component="rich-link" class="dcr-bbhyqu"><div data-print-layout="hide" class="dcr-1sbs1kr">
<a data-link-name="in body link" href="/environment/2024/oct/02/beavers-legal-protection-england" class="dcr-1q1fp0d"><div class="dcr-1gmj5bl">
<div class="dcr-1e4l5lf"><span class="dcr-1x6g7ek">Wildlife</span></div><h4 class="dcr-1x3ztyt">${guRich}</h4></div>
<div class="dcr-165hzrs"><span class="dcr-vdr6ge">Read more</span></div></a></div></aside>
<h2 id="compensation-scheme" class="dcr-1ruavkg">${guH1}</h2>
${gu(guBody2)}
<figure id="ad-slot-inline1" class="ad-slot-container dcr-1o1eiyq"><div id="dfp-ad--inline1" class="js-ad-slot ad-slot ad-slot--inline ad-slot--inline1"
data-link-name="ad slot inline1" data-name="inline1" aria-hidden="true"></div></figure>
<h2 id="fish-and-insects" class="dcr-1ruavkg">${guH2}</h2>
${gu(guBody3)}
</div>
<div id="slot-body-end"><div data-component="epic" class="dcr-1rvfbgv"><section class="dcr-o7m6zk" aria-label="Contributions appeal">
<div class="dcr-1sr1ozz"><p class="dcr-1gxmjjn">${guEpic[0]}</p></div><div class="dcr-1hlq0jf">${ps(guEpic.slice(1), ' class="dcr-rk8x2z"')}</div>
<div class="dcr-1bpo0hz"><div role="radiogroup" class="dcr-1pafj4e">${guEpicButtons
  .slice(0, 3)
  .map((t) => `<button type="button" role="radio" class="dcr-1jkvxzk">${t}</button>`)
  .join('')}</div>
<a href="https://support.theguardian.com/contribute" class="dcr-1ejgq0z">${guEpicButtons[3]}</a>
<button type="button" class="dcr-1b7smpx">${guEpicButtons[4]}</button></div></section></div></div>
<div data-gu-name="keywords" class="dcr-1txfv7i"><h2 class="dcr-1gu7csx">Explore more on these topics</h2><ul
class="dcr-1y42j7g">${links(guTags, 'dcr-1tyxm9b')}</ul>
</div>
<div class="dcr-1ulw9fz"><button type="button" class="dcr-c5ks6t">Share</button><a href="https://syndication.theguardian.com/" class="dcr-1ysh0ie">Reuse this
content</a></div></div></div></article>
<section data-component="most-popular" class="dcr-y08c8z" aria-label="Most viewed"><h2 class="dcr-1n5ptwx">Most viewed</h2>
<ol class="dcr-1xuqdsu">${links(guMost, 'dcr-1r0dd6t')}</ol></section>
<section id="comments" data-component="discussion" class="dcr-1h5c2nw"><h2 class="dcr-1o2bbsg">Comments (412)</h2><p class="dcr-1m7f4i5">${guClosed}</p>
<div class="dcr-4b2v2e"><button type="button" class="dcr-7f7ocn">View more comments</button></div></section></main>
<footer data-link-name="footer" class="dcr-1ja4rgh"><div class="dcr-1b9gj7i"><ul class="dcr-1y9nq9j">${links(guFoot, 'dcr-1bbnqsz')}</ul>
<a href="#top" class="dcr-1p7iem4">Back to top</a><div class="dcr-1k8ysj7"><small>${guCopy.replace(/&/g, '&amp;')}</small></div></div></footer>
<script src="https://assets.guim.co.uk/assets/index.js" type="module"></script></body></html>`;
const guardian: TestPage = {
  html: guHtml,
  name: 'heldout72-guardian-news',
  kind: 'news',
  // the age warning (visible and screen-reader copies), the standfirst in neither list (batch convention: deks), the caption and
  // credit, the rich link, the epic and its buttons, topics, comments and footer are furniture; "Wildlife" is a section label and
  // a tag: listed once
  title: guTitle,
  headings: [guH1, guH2],
  body: [...texts(guBody1), ...texts(guBody2), ...texts(guBody3)],
  bylines: ['Helen Ardsley', 'Environment correspondent', 'Tue 14 Mar 2023 16.20 GMT', 'Last modified on Tue 14 Mar 2023 17.02 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...guTop, 'Support the Guardian', 'Fund the free, independent journalism the world needs', 'Support us',
    'The Guardian - Back to home', ...guNav, 'More', ...guSubNav, 'This article is more than 2 years old', guCaption, guCredit, 'Share', '412',
    guRich, 'Read more', ...guEpic, ...guEpicButtons, 'Explore more on these topics', ...guTags, 'Reuse this content', 'Most viewed', ...guMost,
    'Comments (412)', guClosed, 'View more comments', ...guFoot, 'Back to top', guCopy,
  ],
};

export const HELDOUT72_A: readonly TestPage[] = [guardian, nytStory];
