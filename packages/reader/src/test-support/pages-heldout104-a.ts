import { links, ps, type TestPage, texts } from './page-kit.js';
import { paidPost } from './pages-heldout104-a2.js';

/**
 * Held-out batch 104, file a: a news analysis on a Guardian-style "DCR" template (the "Analysis" kicker, the age warning
 * "This article is more than 2 years old" above the headline and again, for screen readers, at the top of the article body,
 * the standfirst, a captioned main image, the byline and dateline, share and comment counts, the contributions epic at the
 * body's end, tags, "More on this story" and "Most viewed" rails, the consent banner and footer) and, from file a2, an Arc
 * XP "paid post" opened by its sponsored-content disclosure.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const gTitle = 'Why the Halvard barrage keeps coming back, and why it keeps failing';
const gStand = paras(`
Three governments have backed a tidal barrier across the Halvard estuary. Three times it has stalled. The reasons have
barely changed in 20 years`);
const gP1 = paras(`
The plan for a barrage across the mouth of the Halvard has a habit of returning just as everyone assumes it has gone for good.
This week it was the turn of the infrastructure minister, Delia Rusk, who told a conference in Porthwen that the barrier was
"the single biggest clean power prize on this coast" and promised a decision before the end of the year.

Anyone who has followed the scheme since it was first costed in 2003 will have heard that before. The engineering case has
never been the problem. The Halvard has one of the largest tidal ranges in northern Europe, and a 9km wall with turbines set
into it could in theory supply about 4% of the country's electricity for a century or more.

The problem is everything else.`);
const gH1 = 'The money';
const gP2 = paras(`
The last full estimate, produced for the energy department in 2019, put the cost at £24bn. Since then steel, concrete and
borrowing have all become more expensive, and people close to the project privately accept that the figure would now be well
over £30bn. No private consortium has been willing to carry that risk without a guaranteed price for the power for at least 35
years, and the Treasury has never been willing to offer one.

Rusk's team say a new model, in which the state would own the wall and private companies would lease the turbines, solves that.
Critics point out that a similar idea was floated in 2011 and quietly dropped when officials worked out how much of the cost
would end up on the public balance sheet.`);
const gH2 = 'The mudflats';
const gP3 = paras(`
The second obstacle is the estuary itself. The Halvard's mudflats feed about 60,000 wading birds each winter, and they are
protected under rules that require the government to show there is no alternative before damaging them. A barrage would change
the tides behind it for good, drowning some of the flats and starving others of sediment.

Conservation groups have fought every version of the scheme and have won twice in the courts. Marta Olsen, who leads the Halvard
Estuary Trust, said this week that nothing in the new proposal changed that. "You cannot build a wall across a living estuary
and then promise to make it up somewhere else," she said.

Supporters argue that climate targets should now outweigh local habitats, and that other tidal projects elsewhere have shown
the damage can be limited. Whether a court would agree is the question nobody can answer until the scheme is formally put
forward.`);
const gH3 = 'What happens next';
const gP4 = paras(`
For now, the most likely outcome is another feasibility study. Officials have already asked for bids to update the 2019
estimate, and a report is expected next spring. That would conveniently push any real decision beyond the next election.

Which is, in the end, why the Halvard barrage keeps coming back. It costs nothing to promise, it looks bold in a speech, and
it will not need to be paid for by whoever makes the announcement.`);
const gNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['UK', 'World', 'Climate crisis', 'Environment', 'Science', 'Business', 'Tech'];
const gTop = ['Print subscriptions', 'Search jobs', 'Sign in', 'Support us'];
const gAge = 'This article is more than 2 years old';
const gCap = 'Mudflats at low tide near the mouth of the Halvard estuary.';
const gCredit = 'Photograph: Ines Varga/The Meridian';
const gEpic = paras(`
You've read 4 articles in the last month

We have a small favour to ask. Unlike many others, The Meridian has no shareholders and no billionaire owner. Our reporting is
funded by readers, and it stays free for everyone to read.

If you can, please support us today. It takes less than a minute.`);
const gTags = ['Energy', 'Renewable energy', 'Tidal power', 'Wildlife', 'Birds'];
const gMore = ['Halvard barrage back on the table as minister promises decision', 'Tidal power: how the world’s barrages have fared'];
const gMost = [
  'Rail fares to rise by 4.6% in January',
  'Live: heatwave warning extended to Sunday',
  'Bakery chain to close 40 stores',
  'The best beaches you have never heard of',
];
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
  'All topics',
  'All writers',
  'Newsletters',
  'Advertise with us',
];
const gConsent = paras(`
It's your choice

We and our partners use cookies and similar technologies to personalise content and ads and to measure how the site is used.
You can change your choices at any time by clicking "Privacy settings" at the bottom of any page.`);
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle} | Energy | The Meridian</title>
<meta name="description" content="${gStand[0]}"><meta property="og:title" content="${gTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2022-06-14T05:00:15.000Z"><meta property="article:section" content="Energy">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="canonical" href="https://www.themeridian.example/energy/2022/jun/14/halvard-barrage">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2022-06-14T05:00:15.000Z",
"author":[{"@type":"Person","name":"Tomasz Reilly","sameAs":"https://www.themeridian.example/profile/tomasz-reilly"}],"publisher":{"@type":"Organization",
"name":"The Meridian"}}]</script>
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"energy","isPaidContent":false,"webPublicationDate":1655182815000}}};</script>
<script src="https://assets.themeridian.example/assets/frameworks.client.web.7c1a.js" defer></script></head>
<body><a href="#maincontent" class="dcr-1s6ldm9">Skip to main content</a><a href="#navigation" class="dcr-1s6ldm9">Skip to navigation</a>
<div data-component="nav3" id="bannerandheader"><header data-component="header"><div class="dcr-1u8qly9">
<ul class="dcr-top-bar">${links(gTop, 'dcr-11y0lfa')}</ul>
<a href="/" data-link-name="nav3 : logo"><span class="dcr-1b03u98">The Meridian - Back to home</span></a></div>
<nav id="navigation" aria-label="Meridian sections" data-component="nav2"><ul class="dcr-pillars" role="menubar">${links(gNav, 'dcr-pillar')}</ul>
<ul class="dcr-subnav" data-testid="sub-nav">${links(gSub, 'dcr-subnav-item')}</ul></nav></header></div>
<main data-layout="StandardLayout"><article class="dcr-1kovsv5"><div class="dcr-grid">
<div data-gu-name="title"><div class="dcr-kicker"><a href="/energy" data-link-name="article section" class="dcr-series">Energy</a>
<div class="dcr-1u2bxoc"><span class="dcr-label">Analysis</span></div></div></div>
<div data-gu-name="headline"><div class="dcr-age-warning" data-testid="age-warning"><div class="dcr-1vrdahf"><svg width="11" height="11" viewBox="0 0 11 11">
<path d="M5.4 0C2.4 0 0 2.4 0 5.4s2.4 5.4 5.4 5.4 5.4-2.4 5.4-5.4S8.4 0 5.4 0z"></path></svg>This article is more than <strong>2 years old</strong></div></div>
<div class="dcr-headline"><h1 class="dcr-125vfar">${gTitle}</h1></div></div>
<div data-gu-name="standfirst"><div data-testid="standfirst" class="dcr-standfirst"><p>${gStand[0]}</p></div></div>
<div data-gu-name="media"><figure id="img-1" data-spacefinder-role="inline" class="dcr-main-media"><picture class="dcr-4zleql">
<img alt="Mudflats in the Halvard estuary" src="https://i.meridian.example/img/media/4b2f/master/3000.jpg?width=700&amp;dpr=1" width="700" height="420">
</picture>
<figcaption data-spacefinder-role="inline" class="dcr-caption"><span class="dcr-1xxt4k4"><svg width="18" height="13" viewBox="0 0 18 13"></svg></span>
${gCap} <span class="dcr-credit">${gCredit}</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-meta"><div class="dcr-byline" aria-label="Contributor info" data-component="meta-byline">
<a rel="author" href="/profile/tomasz-reilly" data-link-name="auto tag link">Tomasz Reilly</a> <span class="dcr-role">Environment correspondent</span></div>
<details class="dcr-dateline" data-component="dateline"><summary><span class="dcr-1ybxn6r">Tue 14 Jun 2022 06.00 BST</span></summary></details>
<div class="dcr-share"><div data-component="share"><button type="button" class="dcr-share-button">Share</button></div>
<a href="#comments" class="dcr-comment-count" aria-label="Comments"><span class="dcr-1v2mjpj">412</span></a></div></div>
<div data-gu-name="body" class="dcr-body"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-fp4hal">
<div class="dcr-1yy8azx" data-testid="age-warning-sr"><span class="dcr-visually-hidden">${gAge}</span></div>
${ps(gP1, ' class="dcr-iy9ec7"')}
<h2 id="the-money" class="dcr-subheading">${gH1}</h2>
${ps(gP2, ' class="dcr-iy9ec7"')}
<div id="ad-slot-inline1" class="ad-slot-container"><div class="ad-slot ad-slot--inline" data-label-show="true" aria-hidden="true">
<div class="ad-slot__label">Advertisement</div></div></div>
<h2 id="the-mudflats" class="dcr-subheading">${gH2}</h2>
${ps(gP3, ' class="dcr-iy9ec7"')}
<h2 id="what-happens-next" class="dcr-subheading">${gH3}</h2>
${ps(gP4, ' class="dcr-iy9ec7"')}
</div><div id="slot-body-end" data-component="contributions-epic"><div class="dcr-epic"><h2 class="dcr-epic-ticker">${gEpic[0]}</h2>
${ps(gEpic.slice(1))}<a class="dcr-epic-button" href="https://support.themeridian.example/contribute">Support us</a>
<a class="dcr-epic-remind" href="#">Remind me in August</a></div></div>
<div data-component="submeta" class="dcr-submeta"><span class="dcr-submeta-title">Explore more on these topics</span>
<ul class="dcr-keywords">${links(gTags, 'dcr-keyword')}</ul>
<div class="dcr-submeta-share"><button type="button">Share</button>
<a href="https://syndication.themeridian.example/" data-link-name="meta-syndication-article">Reuse this content</a></div></div>
</div></div></article>
<section data-component="more-on-this-story" class="dcr-onward"><h2 class="dcr-container-title">More on this story</h2>
<ul class="dcr-onward-list">${links(gMore, 'dcr-card')}</ul></section>
<section data-component="most-popular" class="dcr-most-viewed"><h2 class="dcr-container-title">Most viewed</h2>
<ol class="dcr-most-popular">${links(gMost, 'dcr-most-popular-item')}</ol></section>
<section id="comments" data-component="discussion" class="dcr-discussion"><h2 class="dcr-container-title">Comments (412)</h2>
<p class="dcr-discussion-closed">This discussion is closed for comments.</p><button type="button" class="dcr-view-comments">View more comments</button>
</section></main>
<footer data-component="footer" class="dcr-footer"><ul class="dcr-footer-links">${links(gFoot, 'dcr-footer-link')}</ul>
<a href="#top" class="dcr-back-to-top">Back to top</a>
<small class="dcr-copyright">© 2025 The Meridian News &amp; Media Limited or its affiliated companies. All rights reserved.</small></footer>
<div id="sp_message_container_1076419" class="sp-message-container" role="dialog" aria-label="Privacy settings"><div class="message-component message-row">
<h2 class="message-title">${gConsent[0]}</h2><p class="message-text">${gConsent[1]}</p>
<button class="message-button sp_choice_type_11" title="Yes, I'm happy">Yes, I'm happy</button>
<button class="message-button sp_choice_type_12">Manage or reject cookies</button>
</div></div><script src="https://sourcepoint.meridian.example/unified/wrapperMessagingWithoutDetection.js" async></script></body></html>`;
const meridian: TestPage = {
  name: 'heldout104-meridian-dcr-analysis',
  kind: 'news',
  html: gHtml,
  // the "Analysis" kicker, the section link and both age warnings (the visible one and the screen-reader copy at the top of
  // the body) are furniture; the standfirst is body; the epic at the body's end is furniture
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([...gStand, ...gP1, ...gP2, ...gP3, ...gP4]),
  bylines: ['Tomasz Reilly', 'Environment correspondent', 'Tue 14 Jun 2022 06.00 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...gTop, 'The Meridian - Back to home', ...gNav, ...gSub, 'Analysis', gAge, gCap, gCredit, 'Share', '412',
    'Advertisement', ...gEpic, 'Remind me in August', 'Explore more on these topics', ...gTags, 'Reuse this content', 'More on this story', ...gMore,
    'Most viewed', ...gMost, 'Comments (412)', 'This discussion is closed for comments.', 'View more comments', ...gFoot, 'Back to top',
    '© 2025 The Meridian News & Media Limited or its affiliated companies. All rights reserved.', ...gConsent, "Yes, I'm happy", 'Manage or reject cookies',
  ],
};

export const HELDOUT104_A: readonly TestPage[] = [meridian, paidPost];
