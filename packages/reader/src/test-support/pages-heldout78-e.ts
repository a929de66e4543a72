import { links, type TestPage } from './page-kit.js';
import { gannettStory } from './pages-heldout78-e2.js';

/**
 * Held-out batch 78, file e: a Fox News story (the header with "Watch TV" and "Login", the nav, the eyebrow, headline and
 * sub-headline, "By ... Fox News", the "Published" date, the share list, the "You can now listen to Fox News articles!" player,
 * the lead video with its caption, upper-case related-story links and the "CLICK HERE TO GET THE FOX NEWS APP" line as bold
 * paragraphs of the text, ad labels, the "contributed to this report" line, the author bio, the newsletter box, "Related
 * Topics" and the footer with its legal line), and a USA TODAY Network local paper's story (file e2).
 */
const foxTitle = 'Sheriff’s deputies rescue hiker stranded on cliff ledge for two days in remote canyon';
const foxSub = 'The 29-year-old survived on a single bottle of water before a search helicopter spotted his orange jacket';
const fox1 = [
  'Sheriff’s deputies in a rural western county rescued a hiker who spent nearly two days stranded on a narrow cliff ledge after losing ' +
    'the trail in a remote canyon, officials said Sunday.',
  'Caleb Henning, 29, set out alone on Friday morning to hike a 14-mile loop in the Red Mesa Wilderness, according to the Ocotillo County ' +
    'Sheriff’s Office.',
];
const fox2 = [
  'He told deputies he took a wrong turn late in the afternoon, tried to scramble down a slope to reach the canyon floor and ended up on a ' +
    'ledge about 80 feet above the ground with no safe way up or down.',
  'With no cell service, Henning stayed put, rationing a single bottle of water and a bag of trail mix, the sheriff’s office said.',
  'His roommate reported him missing on Saturday morning when he did not come home, and a search began that afternoon with volunteers, a ' +
    'K-9 team and a state police helicopter.',
];
const fox3 = [
  'On Sunday morning, the helicopter crew spotted Henning’s bright orange jacket against the red rock. Because the ledge was too narrow ' +
    'for a landing, deputies from the department’s technical rescue team rappelled down from the rim and brought him up in a harness.',
  '“He did exactly the right thing by staying where he was and wearing something bright,” Sheriff Ramon Ortega said in a statement. “That ' +
    'jacket probably saved his life.”',
  'Henning was treated for dehydration and minor cuts at a hospital in the county seat and released the same day.',
];
const fox4 = [
  'It was the third technical rescue in the wilderness area this year, the sheriff’s office said. In each case, the hikers had strayed ' +
    'from marked trails late in the day and underestimated how quickly the canyon gets dark.',
  'The sheriff’s office used the rescue to remind hikers to tell someone their route, carry more water than they think they will need and ' +
    'consider a satellite messenger in areas with no cell coverage.',
  '“The desert does not forgive mistakes,” Ortega said. “Plan for the day going wrong.”',
];
const foxCaps = ['HIKER MISSING FOR A WEEK IN NATIONAL FOREST FOUND ALIVE BY DRONE TEAM', 'CLICK HERE FOR MORE US NEWS'];
const foxApp = 'CLICK HERE TO GET THE FOX NEWS APP';
const foxNav = ['U.S.', 'Politics', 'World', 'Opinion', 'Media', 'Entertainment', 'Sports', 'Lifestyle', 'Video', 'More'];
const foxListen = 'You can now listen to Fox News articles!';
const foxVideo = 'Deputies rappel down a canyon wall to reach a stranded hiker in the Red Mesa Wilderness. (Ocotillo County Sheriff’s Office)';
const foxBio = 'Kelsey Marsh is a reporter for Fox News Digital. Story tips can be sent to kelsey.marsh@fox.com.';
const foxNews = {
  title: 'Fox News First',
  text: 'Get all the stories you need to know, delivered first thing every morning to your inbox',
};
const foxTopics = ['U.S.', 'Missing Persons', 'Outdoors', 'Hiking'];
const foxFoot = ['Terms of Use', 'Updated Privacy Policy', 'Your Privacy Choices', 'Closed Captioning Policy', 'Help', 'Contact Us', 'Accessibility Statement'];
const foxLegal = 'This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network, LLC. All rights reserved.';
const fp = (a: readonly string[]): string => a.map((p) => `<p class="speakable">${p}</p>`).join('\n');
const caps = (t: string, href: string): string => `<p><strong><a href="https://www.foxnews.com/${href}" target="_blank">${t}</a></strong></p>`;
const foxAd = '<div class="ad-container mobile"><div class="ad-label">Advertisement</div><div class="ad rr"></div></div>';
const foxHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${foxTitle} | Fox News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${foxSub}">
<meta property="og:site_name" content="Fox News"><meta property="og:type" content="article"><meta name="dc.creator" content="Kelsey Marsh">
<meta name="prism.section" content="us"><link rel="canonical" href="https://www.foxnews.com/us/deputies-rescue-hiker-stranded-cliff-ledge-two-days">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${foxTitle}","datePublished":"2025-11-03T14:22:00-05:00",
"author":[{"@type":"Person","name":"Kelsey Marsh","url":"https://www.foxnews.com/person/m/kelsey-marsh"}],
"publisher":{"@type":"Organization","name":"Fox News"}}</script>
<script>window.__fnpageconfig = {"page":{"type":"article","section":"us","hasVideo":true}};</script>
<link rel="stylesheet" href="//static.foxnews.com/static/orion/styles/css/fox-news/article-new.rs.css"></head>
<body class="fn article-page"><div id="wrapper" class="page"><header class="site-header"><div class="header-inner">
<div class="logo"><a href="https://www.foxnews.com/" title="Fox News">Fox News</a></div>
<nav id="main-nav" class="nav"><ul class="menu">${links(foxNav, 'menu-item')}</ul></nav>
<div class="meta"><a href="https://www.foxnews.com/go" class="watch-tv">Watch TV</a><a href="#" class="account-login">Login</a></div></div></header>
<div class="page-content"><main class="main-content"><article class="article-wrap has-video">
<header class="article-header"><div class="eyebrow"><a href="https://www.foxnews.com/category/us/missing-persons">MISSING PERSONS</a></div>
<h1 class="headline speakable">${foxTitle}</h1><h2 class="sub-headline speakable">${foxSub}</h2>
<div class="article-meta article-meta-upper"><div class="author-byline"><span><span>By</span> <span>
<a href="https://www.foxnews.com/person/m/kelsey-marsh">Kelsey
Marsh</a></span> <span class="article-source">Fox News</span></span></div>
<div class="article-date"><span class="article-date"> Published <time>November 3, 2025 2:22pm EST</time></span></div>
<div class="social-share"><ul><li class="facebook"><a href="#"><span>Facebook</span></a></li><li class="twitter"><a href="#"><span>Twitter</span></a></li>
<li class="comments"><a href="#comments"><span>Comments</span></a></li><li class="print"><a href="#"><span>Print</span></a></li>
<li class="email"><a href="#"><span>Email</span></a></li></ul></div></div></header>
<div class="article-content"><div class="article-audio" data-module="audio-player"><span class="audio-label">NEW</span> <span>${foxListen}</span></div>
<div class="featured featured-video video-ct"><div class="video-player" data-video-id="6384102117001"><button type="button">Play video</button></div>
<div class="caption"><p>${foxVideo}</p></div></div>
<div class="article-body">
${fp(fox1)}
${caps(foxCaps[0]!, 'us/hiker-missing-week-national-forest-found-alive')}
${fp(fox2)}
${foxAd}
${caps(foxCaps[1]!, 'us')}
${fp(fox3)}
${caps(foxApp, 'download')}
${fp(fox4)}
<p><i>Fox News Digital’s Dana Whitfield contributed to this report.</i></p>
</div>
<div class="author-bio"><p><em>${foxBio}</em></p></div></div>
<div class="newsletter-signup" data-module="newsletter-widget"><h3 class="title">${foxNews.title}</h3><p class="subtitle">${foxNews.text}</p>
<form><input type="email" placeholder="Enter email address" aria-label="Email"><button type="submit">Subscribe</button></form>
<p class="legal">By entering your email, you agree to the Fox News Terms of Use and Privacy Policy, which includes our Notice of Financial Incentive.</p></div>
<div class="article-footer"><div class="related-topics"><h3 class="title">Related Topics</h3><ul>${links(foxTopics)}</ul></div></div>
</article></main></div>
<footer class="site-footer"><ul class="footer-links">${links(foxFoot)}</ul><p class="legal">${foxLegal}</p></footer></div>
<script src="//static.foxnews.com/static/orion/scripts/core/app.js" defer></script></body></html>`;
const foxStory: TestPage = {
  html: foxHtml,
  name: 'heldout78-fox-news-news',
  kind: 'news',
  // the sub-headline is body; the author's name, the date and the "contributed to this report" line are bylines ("By" in neither,
  // the source "Fox News" is the logo's text too: furniture); the bold upper-case link paragraphs inside the text (a related
  // story, "CLICK HERE FOR MORE US NEWS", the app line) are furniture, like the eyebrow, audio player, video caption, ad labels,
  // bio, newsletter box and topics
  title: foxTitle,
  headings: [],
  body: [foxSub, ...fox1, ...fox2, ...fox3, ...fox4],
  bylines: ['Kelsey Marsh', 'Published November 3, 2025 2:22pm EST', 'Fox News Digital’s Dana Whitfield contributed to this report.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fox News', ...foxNav, 'Watch TV', 'Login', 'MISSING PERSONS', 'Facebook', 'Twitter', 'Comments', 'Print', 'Email', 'NEW', foxListen,
    'Play video', foxVideo, ...foxCaps, foxApp, 'Advertisement', foxBio, foxNews.title, foxNews.text, 'Subscribe',
    'By entering your email, you agree to the Fox News Terms of Use and Privacy Policy, which includes our Notice of Financial Incentive.',
    'Related Topics', ...foxTopics.slice(1), ...foxFoot, foxLegal,
  ],
};

export const HELDOUT78_E: readonly TestPage[] = [foxStory, gannettStory];
