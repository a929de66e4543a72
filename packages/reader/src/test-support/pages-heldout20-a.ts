import { links, type TestPage, texts } from './page-kit.js';
import { dailyMail } from './pages-heldout20-a2.js';

/**
 * Held-out batch 20, file a: a Guardian-style news report in dotcom-rendering markup (hashed dcr- classes, data-gu-name
 * sections, gu-island components, data-link-name attributes, the "Support the Guardian" header, pillar nav and sub-nav,
 * section kicker, headline, standfirst, main media caption with photographer credit, byline with role, the dated
 * details/summary with "Last modified on", a "Key events" aside from the linked live blog in the right column, a rich-link
 * card and an inline figure in the body, "Explore more on these topics" tags, the reader-revenue epic, "Most viewed",
 * comments and the footer). The Daily Mail-style article of this file is in pages-heldout20-a2.ts.
 */
const guTitle = 'Somerset villages told to prepare for second flood peak as River Parrett rises again';
const guStandfirst = 'Residents of Burrowbridge and Moorland urged to move belongings upstairs as Environment Agency warns levels could pass 2014 record';
const guBody1 = [
  'Hundreds of households on the Somerset Levels have been told to prepare for a second flood peak on Thursday, as water that fell on ' +
    'Exmoor and the Blackdown Hills during Storm Dervla continues to drain into the already swollen River Parrett.',
  'The Environment Agency said levels at Burrowbridge had dropped by only 11cm overnight and were expected to rise again from ' +
    'mid-morning, with the high tide at Bridgwater holding back water on the lower reaches of the river.',
  'Officials urged residents of Moorland, Fordgate and Northmoor Green to move valuables and medicines upstairs, park cars on higher ' +
    'ground and keep a bag packed in case they were asked to leave. About 140 homes in the area were evacuated in 2014, when the Parrett ' +
    'and the Tone burst their banks and parts of the Levels stayed under water for more than two months.',
  '“We are not saying this will be 2014 again, but the shape of the river is worrying us,” said Marcus Hale, the agency’s area flood ' +
    'manager for Wessex. “The ground is saturated, the rhynes are full and there is nowhere left for the water to go.”',
  'Pumps at Northmoor and Currymoor were running around the clock, and the agency said it had brought in 14 temporary pumps from other ' +
    'parts of the country, some of which had arrived from Yorkshire overnight.',
];
const guBody2 = [
  'In Moorland, where the parish council has kept a flood store in the village hall since the last floods, volunteers spent Wednesday ' +
    'handing out sandbags and checking on elderly neighbours. Ellen Castleford, 67, who was flooded out of her home for nine months in ' +
    '2014, said she had moved her furniture upstairs on Monday “as soon as the rain started and didn’t stop”.',
  '“You learn the signs,” she said. “When the water comes over the road by the pub you know you have about a day. It came over this morning.”',
  'Somerset council said rest centres had been opened in Bridgwater and Taunton and that school buses serving the villages would not run ' +
    'on Thursday. The A361 between Burrowbridge and East Lyng was closed in both directions.',
  'The Met Office said the rest of the week would be drier, but warned that a band of heavy rain expected on Sunday could slow the ' +
    'recovery. Farmers on the Levels said hundreds of acres of winter wheat were already under water, and some were moving livestock to ' +
    'higher fields for the second time this month.',
  'The government announced last year that it would spend £40m on dredging and raising banks on the Parrett and the Tone, but ' +
    'campaigners said much of that work had not yet begun. The Environment Agency said the first phase would start in the spring.',
];
const guLeadCap = 'Sandbags stacked against a front door in Moorland on Wednesday morning.';
const guLeadCredit = 'Photograph: Ben Harrow/PA';
const guInlineCap = 'Volunteers fill sandbags at the village hall in Moorland.';
const guInlineCredit = 'Photograph: Jess Arnott/The Guardian';
const guRich = 'Why the Somerset Levels keep flooding – and what could be done about it';
const guLive = 'Storm Dervla: flood warnings across south-west England and Wales – latest updates';
const guKey = [
  ['1h ago', 'Army on standby in Bridgwater as Parrett nears 2014 level'],
  ['3h ago', 'Rail services between Taunton and Exeter suspended'],
  ['5h ago', 'More than 60 flood warnings in force across England'],
];
const guPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guSub = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business', 'Obituaries'];
const guTags = ['Flooding', 'Somerset', 'Weather', 'Environment Agency', 'news'];
const guMost = [
  'Ministers to scrap planned cap on care costs, leaked letter shows',
  'The 50 best TV shows of 2025',
  'Man who found Roman coin hoard in allotment to share £310,000 with landowner',
  'Tell us: how has the cost of heating your home changed this winter?',
  'Liverpool v Aston Villa: Premier League – live',
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
  'Newsletters',
  'Advertise with us',
  'Search UK jobs',
  'Back to top',
];
const guCopy = '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)';
const guComments = [
  ['levelsdweller', 'Same every winter. The pumps are fine, it is the maintenance of the rhynes in between that nobody pays for.'],
  ['OldTauntonian', 'Thinking of everyone in Moorland tonight. Stay safe.'],
];
const guP = (t: string): string => `<p class="dcr-1ep0pbh">${t}</p>`;
const guHtml = `<!DOCTYPE html>
<html lang="en" data-color-scheme="light"><head><meta charset="utf-8"><title>${guTitle} | Flooding | The Guardian</title>
<meta name="description" content="${guStandfirst}"><link rel="canonical" href="https://www.theguardian.example/uk-news/2025/nov/12/somerset-levels-flood">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${guTitle}",
"datePublished":"2025-11-12T18:04:21.000Z","author":[{"@type":"Person","name":"Rhiannon Oakes"}],"isAccessibleForFree":true}]</script>
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"uk-news","isLiveBlog":false,"pageId":"uk-news/2025/nov/12/somerset"}}};</script>
<style class="webfont">@font-face{font-family:"GH Guardian Headline";src:url(/fonts/gh.woff2)}</style></head>
<body><a href="#maincontent" class="dcr-1qqiyos">Skip to main content</a><a href="#navigation" class="dcr-1qqiyos">Skip to navigation</a>
<div id="bannerandheader"><div class="dcr-10b2y1w" data-component="header"><div class="dcr-1jkucwk">
<a href="https://support.theguardian.example/subscribe/weekly" data-link-name="nav4 : topbar : printsubs">Print subscriptions</a>
<a href="https://jobs.theguardian.example" data-link-name="nav4 : job-cta">Search jobs</a>
<a href="https://profile.theguardian.example/signin" data-link-name="nav4 : topbar : signin">Sign in</a>
<gu-island name="EditionDropdown" priority="critical" props="{&quot;editionId&quot;:&quot;UK&quot;}"><button class="dcr-ws8q4x">UK edition</button></gu-island>
</div><gu-island name="SupportTheG" priority="feature" deferuntil="idle"><div class="dcr-1gdbpk9"><h2 class="dcr-1d9fy8r">Support the Guardian</h2>
<p class="dcr-1unplvx">Fund independent journalism with £4 per month</p>
<a href="https://support.theguardian.example/contribute" class="dcr-8lpxfs">Support us</a>
</div></gu-island><a href="/" data-link-name="nav4 : logo"><span class="dcr-1tg3rwu">The Guardian - Back to home</span></a></div>
<nav aria-label="Guardian sections" data-component="nav4" id="navigation"><ul class="dcr-1kubt2w" role="menubar">
${links(guPillars, 'dcr-1k5c9on')}</ul><ul class="dcr-wcz5bg" data-component="sub-nav">${links(guSub, 'dcr-5wkng9')}</ul></nav></div>
<main data-layout="StandardLayout"><article class="dcr-1d4vj6j"><div class="dcr-1m4z6t5">
<div data-gu-name="title"><div class="dcr-1gitzdy"><a data-link-name="article section" href="/environment/flooding" class="dcr-1k4y9nw">
<span>Flooding</span></a></div></div>
<div data-gu-name="headline" class="dcr-1e9f3ub"><div class="dcr-ltbwax"><h1 class="dcr-1vbdwr3">${guTitle}</h1></div></div>
<div data-gu-name="standfirst"><div class="dcr-jm98yl"><p>${guStandfirst}</p></div></div>
<div data-gu-name="media"><div class="dcr-1t8m8f2"><figure id="3f0c1d2a" data-spacefinder-role="inline" class="dcr-1lybtqh">
<div class="dcr-a7d4z3"><picture class="dcr-evn1e9"><source srcset="https://i.guim.example/img/media/3f0c/master/4000.jpg?width=620&amp;dpr=2">
<img alt="Sandbags against a door" src="https://i.guim.example/img/media/3f0c/master/4000.jpg?width=465" width="465" height="279"
loading="eager"></picture></div>
<gu-island name="Caption" priority="feature"><figcaption class="dcr-1yvx9qx"><span class="dcr-1uj1bww"><svg width="18" height="13" viewBox="0 0 18 13">
<path d="M18 3.5v8l-1.5 1.5h-15l-1.5-1.5v-8l1.5-1.5h3.5l2-2h4l2 2h3.5l1.5 1.5zm-9
7.5c1.9 0 3.5-1.6 3.5-3.5s-1.6-3.5-3.5-3.5-3.5 1.6-3.5 3.5 1.6 3.5 3.5 3.5z"></path>
</svg></span>${guLeadCap} ${guLeadCredit}</figcaption></gu-island></figure></div></div>
<div data-gu-name="meta" class="dcr-1pmmo7v"><div class="dcr-1gpyxqo"><address aria-label="Contributor info" data-component="meta-byline"
data-link-name="byline"><div class="dcr-1cfpnlw"><a rel="author" class="dcr-ccmf3b" data-link-name="auto tag link" href="/profile/rhiannon-oakes">Rhiannon
Oakes</a> <span class="dcr-role">South-west of England correspondent</span></div></address>
<details class="dcr-1fn0bth" data-gu-name="dateline"><summary class="dcr-1ybxn6r"><span class="dcr-u0h1qy">Wed 12 Nov 2025 18.04 GMT</span></summary>
<span class="dcr-u0h1qy">Last modified on Wed 12 Nov 2025 19.31 GMT</span></details></div>
<div class="dcr-1u8qly9"><gu-island name="ShareButton" priority="feature" deferuntil="hash"><button type="button" class="dcr-xb6rcm"
aria-label="Share">Share</button></gu-island><gu-island name="CommentCount" priority="feature" deferuntil="idle"><a href="#comments"
data-link-name="Comment count" aria-label="312 Comments" class="dcr-ehdqym"><span class="dcr-1mmxt0">312</span></a></gu-island></div></div>
<div data-gu-name="body" class="article-body-commercial-selector article-body-viewer-selector dcr-1ts3ps7">
${guBody1.slice(0, 2).map(guP).join('\n')}
<aside data-spacefinder-role="richLink" class="dcr-11ra563"><gu-island name="RichLinkComponent" priority="feature" deferuntil="idle"
props="{&quot;richLinkIndex&quot;:2}"><div data-print-layout="hide" class="dcr-1rbc3d1" data-link-name="rich-link-2 | 2"><a class="dcr-18ms7w4"
href="/environment/2025/feb/03/somerset-levels-flooding-explainer"><div class="dcr-x4lg3t"><span class="dcr-kicker">Explainer</span>
<div class="dcr-oxmkxl">${guRich}</div></div></a></div></gu-island></aside>
${guBody1.slice(2).map(guP).join('\n')}
<div class="ad-slot-container dcr-1xqgk3m"><div id="dfp-ad--inline1" class="js-ad-slot ad-slot ad-slot--inline" data-link-name="ad slot inline1"
data-name="inline1" aria-hidden="true"></div></div>
<figure id="8a1e44c0" data-spacefinder-role="inline" class="dcr-173mewl"><div class="dcr-a7d4z3"><picture><img alt="" loading="lazy"
src="https://i.guim.example/img/media/8a1e/master/3000.jpg?width=445" width="445" height="267"></picture></div><figcaption class="dcr-1yvx9qx">
<span class="dcr-1uj1bww"></span>${guInlineCap} ${guInlineCredit}</figcaption></figure>
${guBody2.map(guP).join('\n')}
</div>
<div class="dcr-1bqqsdb"><div class="submeta"><span class="dcr-1e8jd2y">Explore more on these topics</span>
<ul class="dcr-1l8kcer">${links(guTags, 'dcr-1ug4tx1')}</ul><div class="dcr-1r7dk1"><gu-island name="ShareButton" priority="feature">
<button type="button" class="dcr-xb6rcm">Share</button></gu-island><a href="https://syndication.theguardian.example/?url=somerset"
data-link-name="meta-syndication-article">Reuse this content</a></div></div></div>
<gu-island name="SlotBodyEnd" priority="feature" deferuntil="visible"><div class="dcr-contributions-epic" data-component="ContributionsEpic">
<p class="dcr-epic-heading">Before you go …</p><p>The Guardian’s reporting is paid for by readers, not shareholders, and we keep it free for everyone
to read. If you are able to, please give a little today.</p><a class="dcr-epic-cta" href="https://support.theguardian.example/contribute">Support
the Guardian</a><button class="dcr-epic-remind">Remind me in December</button></div></gu-island>
</div>
<aside data-gu-name="right-column" class="dcr-m7xmxb"><div data-component="linked-live-key-events" class="dcr-1q7ep6u">
<h2 class="dcr-7yk0rv">Key events</h2><p class="dcr-10ykm2y"><span class="dcr-pulsing-dot"></span>Live</p>
<a class="dcr-1ry8f3a" href="/uk-news/live/2025/nov/12/storm-dervla-live-updates" data-link-name="key events : liveblog">${guLive}</a>
<ol class="dcr-1s1xy2o">${guKey
  .map(
    ([t, h]) => `<li class="dcr-17n8xpe"><a href="/uk-news/live/2025/nov/12/storm-dervla#key">
<time datetime="2025-11-12T17:00:00Z" class="dcr-1m3xt9f">${t}</time><span class="dcr-uxkrqw">${h}</span></a></li>`,
  )
  .join('\n')}</ol>
<a href="/uk-news/live/2025/nov/12/storm-dervla-live-updates?filterKeyEvents=true" class="dcr-x9ax1d">View all key events</a></div>
<div class="ad-slot-container"><div id="dfp-ad--right" class="js-ad-slot ad-slot ad-slot--right" aria-hidden="true"></div></div>
<gu-island name="MostViewedRightWrapper" priority="feature" deferuntil="visible"><div class="dcr-5l7dl4"><h3 class="dcr-1lo8zek">Most viewed</h3>
<ol data-link-name="Right hand most popular">${links(guMost, 'dcr-1ycnbk1')}</ol></div></gu-island></aside>
</article>
<section id="comments" data-component="discussion" class="dcr-1e8fhix"><h2 class="dcr-15o2x1">Comments <span>(312)</span></h2>
<p class="dcr-1lqzfv6">Sign in or create your Guardian account to join the discussion</p><ul class="dcr-comments">
${guComments
  .map(
    ([u, c]) => `<li class="dcr-comment"><span class="dcr-user">${u}</span><p>${c}</p>
<button>Recommend</button><button>Report</button></li>`,
  )
  .join('\n')}
</ul><button class="dcr-3bs5zk">View more comments</button></section></main>
<div id="sp_message_container_812345" class="sp-message-container" role="dialog" aria-label="Privacy settings"><p>We and our partners use cookies to
understand how you use our site and to show you personalised advertising.</p><button title="Yes, I’m happy">Yes, I’m happy</button>
<button title="Manage or reject cookies">Manage or reject cookies</button></div>
<footer data-link-name="footer" data-component="footer" class="dcr-1wxm8k0"><div class="dcr-rzcqa3"><ul class="dcr-1ia6bgm">${links(guFoot, 'dcr-qrdq7l')}</ul>
<small class="dcr-1s8mklx">${guCopy.replace(/&/g, '&amp;')}</small></div></footer>
<script type="module" src="https://assets.guim.example/assets/index.client.web.js"></script></body></html>`;
const guardian: TestPage = {
  html: guHtml,
  name: 'heldout20-guardian-news-report',
  kind: 'news',
  // the standfirst is body (no heading in the report); "Rhiannon Oakes", her role line and both dates are bylines; the
  // "Key events" aside belongs to the linked live blog (its own headline, times and entries), not to this report: furniture,
  // as are the section kicker, the captions with their credits (caption and credit written as one text), the rich-link card
  // ("Explainer" and its headline), the comment count, "Share", tags, "Reuse this content", the epic, "Most viewed", comments,
  // the consent message, header, nav and footer (the sub-nav's "Environment" and the tag "Environment Agency" are kept: they
  // match only inside long body lines)
  title: guTitle,
  headings: [],
  body: [guStandfirst, ...texts(guBody1), ...texts(guBody2)],
  bylines: ['Rhiannon Oakes', 'South-west of England correspondent', 'Wed 12 Nov 2025 18.04 GMT', 'Last modified on Wed 12 Nov 2025 19.31 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Print subscriptions', 'Search jobs', 'Sign in', 'UK edition', 'Support the Guardian',
    'Fund independent journalism with £4 per month', 'Support us', 'The Guardian - Back to home', ...guPillars,
    ...guSub, 'Flooding', `${guLeadCap} ${guLeadCredit}`, 'Share', '312', 'Explainer', guRich,
    `${guInlineCap} ${guInlineCredit}`, 'Explore more on these topics', ...guTags, 'Reuse this content',
    'Before you go …', 'The Guardian’s reporting is paid for by readers, not shareholders, and we keep it free for everyone to read.',
    'Remind me in December', 'Key events', 'Live', guLive, ...guKey.flat(), 'View all key events', 'Most viewed', ...guMost, 'Comments (312)',
    'Sign in or create your Guardian account to join the discussion', ...guComments.flat(), 'Recommend', 'Report', 'View more comments',
    'We and our partners use cookies to understand how you use our site and to show you personalised advertising.', 'Yes, I’m happy',
    'Manage or reject cookies', ...guFoot, guCopy,
  ],
};

export const HELDOUT20_A: readonly TestPage[] = [guardian, dailyMail];
