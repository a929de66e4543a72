import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { aljazeeraStory } from './pages-heldout124-e2.js';

/**
 * Held-out batch 124, file e: a Fox News story (the site header with its menu, "Watch TV", "Login" and search, the eyebrow,
 * headline and sub-headline, the author byline with "Fox News" source, the published date, the social icons with comment
 * count, the "NEW You can now listen to Fox News articles!" strip, the featured video with its caption, body paragraphs
 * with the all-caps linked promo paragraphs between them, an inline image with caption and credit, ad containers, the
 * italic author bio at the end of the body, the newsletter sign-up, "Related Topics", the "Trending" rail and the footer
 * legal text) and, from file e2, an Al Jazeera story.
 */
const fxTitle = 'Ohio school district’s cellphone ban leads to calmer hallways, fewer fights, principal says';
const fxDek = 'Brookhaven Local Schools locked away student phones for the full school day this fall. Teachers say the change was immediate.';
const fxP1 = [
  'An Ohio school district that banned cellphones for the entire school day this fall says the results have been dramatic, with ' +
    'fewer fights, fewer discipline referrals and students who actually talk to each other at lunch.',
  'Brookhaven Local Schools, which serves about 4,200 students in Marren County, began requiring students in grades 6 through 12 ' +
    'to lock their phones in magnetic pouches when they arrive in the morning. The pouches are unlocked at the final bell.',
  '“The first two weeks were rough. I will not pretend otherwise,” said Denise Kowalczyk, principal of Brookhaven High School. ' +
    '“By October, you could hear the difference in the hallways. Kids were laughing and arguing about football instead of staring ' +
    'at screens.”',
];
const fxP2 = [
  'District data shared with Fox News Digital shows that fights on school property fell from 23 in the first nine weeks of last year ' +
    'to seven in the same period this year. Discipline referrals dropped by about 40%.',
  'Teachers said students were also turning in more homework and paying closer attention in class, though the district said it ' +
    'would wait for end-of-semester grades before drawing conclusions about learning.',
  'The policy was not universally popular. Some parents told the school board in August that they worried about reaching their ' +
    'children in an emergency. The district responded by adding a phone line in each school office that parents can call at any time.',
];
const fxP3 = [
  'Superintendent Gregory Haines said the district spent about $38,000 on the pouches, paid for with a state safety grant.',
  '“For less than ten dollars a student, we got our school day back,” Haines said. “That is the best money we have spent in years.”',
  'Students offered mixed reviews. Junior Kayla Brandt said she missed being able to text her friends between classes but admitted ' +
    'that lunch had become “way more fun.” Her classmate, Marcus Lee, said he still thinks the rule goes too far.',
  '“We are old enough to drive,” he said. “We should be old enough to decide when to look at our phones.”',
  'Ohio lawmakers passed a law last year requiring every district in the state to adopt a policy limiting phone use during ' +
    'the school day, but left it to districts to decide how strict those policies should be. Brookhaven is among the strictest.',
  'Several nearby districts have contacted Brookhaven about its results, Haines said, and at least two are considering similar ' + 'bans for next school year.',
];
const fxPromo1 = 'STATE LAWMAKERS PUSH TO EXPAND SCHOOL PHONE LIMITS TO ELEMENTARY GRADES';
const fxPromo2 = 'PARENTS SAY TEENS ARE SLEEPING BETTER AFTER SCHOOL-NIGHT SCREEN LIMITS';
const fxApp = 'CLICK HERE TO GET THE FOX NEWS APP';
const fxVideo = 'Teachers say phone-free classrooms are changing students’ behavior';
const fxVideoDesc = 'Educators discuss the results of school cellphone bans on ‘Fox &amp; Friends.’';
const fxCaption = 'Students eat lunch at Brookhaven High School in Marren County, Ohio.';
const fxCredit = '(Fox News Digital)';
const fxBio = 'Caleb Marchetti is a reporter for Fox News Digital covering education and family issues. Story tips can be sent to caleb.marchetti@fox.example.';
const fxNav = ['U.S.', 'Politics', 'World', 'Opinion', 'Media', 'Entertainment', 'Sports', 'Lifestyle', 'Video', 'Fox Weather', 'More'];
const fxSocial = ['Facebook', 'Twitter', 'Flipboard', 'Comments', 'Print', 'Email'];
const fxNews = [
  'Get the latest US news delivered to your inbox',
  'Subscribe',
  'By entering your email and clicking the Subscribe button, you agree to the Fox News Privacy Policy and Terms of Use.',
];
const fxTopics = ['Education', 'Ohio', 'Parenting', 'Technology'];
const fxTrending = [
  'Man arrested after driving stolen forklift down interstate, police say',
  'Powerball jackpot climbs after no winner in Saturday drawing',
  'Veteran, 101, throws first pitch at minor league game',
  'Sheriff warns of phone scam using deputies’ real names',
];
const fxFoot = ['New Terms of Use', 'New Privacy Policy', 'Your Privacy Choices', 'Closed Captioning Policy', 'Help', 'Contact Us', 'Accessibility Statement'];
const fxLegal =
  'This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network, LLC. All rights reserved. ' +
  'Quotes displayed in real-time or delayed by at least 15 minutes.';
const fxLink = (t: string): string =>
  `<p class=""><strong><a href="https://www.foxnews.com/us/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" target="_blank">${t}</a></strong></p>`;
const fxAd = '<div class="ad-container mobile"><div class="ad rr"><div class="ad-label">Advertisement</div><div id="ad-inline" class="gpt"></div></div></div>';
const fxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fxTitle} | Fox News</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${fxDek}"><meta property="og:title" content="${fxTitle}"><meta property="og:type" content="article">
<meta name="dc.creator" content="Caleb Marchetti"><meta name="prism.section" content="us"><meta name="classification-isa" content="us,education">
<link rel="canonical" href="https://www.foxnews.com/us/ohio-school-district-cellphone-ban-calmer-hallways-fewer-fights">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fxTitle}","description":"${fxDek}",
"datePublished":"2025-11-04T18:12:00-05:00","dateModified":"2025-11-04T18:12:00-05:00","author":[{"@type":"Person","name":"Caleb Marchetti"}],
"publisher":{"@type":"Organization","name":"Fox News"}}</script>
<script>window.FNC = window.FNC || {}; FNC.pageData = {"section":"us","type":"article","id":"c1b3e7"};</script>
<link rel="stylesheet" href="https://static.foxnews.example/static/orion/styles/css/fox-news/article-new.rs.css"></head>
<body class="fn article-single"><div id="wrapper" class="wrapper"><header class="site-header"><div class="header-inner"><div class="logo">
<a href="https://www.foxnews.com"><span class="screen-reader-text">Fox News</span></a></div><nav id="main-nav" class="main-nav"><ul class="menu">
${links(fxNav, 'menu-item')}</ul></nav><div class="secondary-nav"><a class="watch-tv" href="https://www.foxnews.com/video/5614615980001">Watch TV</a>
<a class="login" href="https://my.foxnews.com/">Login</a><form class="search-form"><input type="text" placeholder="Search foxnews.com"
aria-label="Search foxnews.com">
<button type="submit"><span class="screen-reader-text">Search</span></button></form></div></div></header>
<div class="page-content"><main class="main-content main-content-article"><article class="article-wrap has-video"><header class="article-header">
<div class="eyebrow"><a href="https://www.foxnews.com/category/us/education">EDUCATION</a></div><h1 class="headline speakable">${fxTitle}</h1>
<h2 class="sub-headline speakable">${fxDek}</h2><div class="article-meta article-meta-upper"><div class="author-byline"><span class="author-headshot">
<img alt="" src="https://a57.foxnews.example/static/authors/caleb.jpg"></span><span><span>By <a
href="https://www.foxnews.com/person/m/caleb-marchetti">Caleb Marchetti</a>
</span> <span class="article-source">Fox News</span></span></div><div class="article-date"><time>Published November 4, 2025 6:12pm EST</time></div>
<div class="social-icons social-icons-upper"><ul>${fxSocial.map((t) => `<li class="${t.toLowerCase()}"><a href="#"><span>${t}</span></a></li>`).join('')}</ul>
<span class="comment-count">147</span></div></div></header>
<div class="article-content"><div class="listen-audio"><strong class="dek">NEW</strong><span>You can now listen to Fox News articles!</span></div>
<div class="article-body"><div class="featured featured-video video-ct"><div class="video-player"><button class="close"><span
class="screen-reader-text">close</span></button>
<span class="screen-reader-text">Video</span></div><div class="caption"><p><span class="title">${fxVideo}</span> ${fxVideoDesc}</p></div></div>
${ps(fxP1, ' class="speakable"')}
${fxLink(fxPromo1)}
${fxAd}
${ps(fxP2)}
<div class="image-ct inline"><div class="m"><picture><img alt="Students eating lunch"
src="https://a57.foxnews.example/static/brookhaven-lunch.jpg"></picture></div>
<div class="caption"><p>${fxCaption} <span class="copyright">${fxCredit}</span></p></div></div>
${ps(fxP3.slice(0, 3))}
${fxLink(fxPromo2)}
${ps(fxP3.slice(3))}
${fxLink(fxApp)}
<div class="author-bio"><p><span><em>${fxBio}</em></span></p></div></div></div>
<div class="article-footer"><div class="newsletter-signup"><h3>${fxNews[0]}</h3><form><input type="email"
placeholder="Enter email address"><button>${fxNews[1]}</button>
</form><p class="disclaimer">${fxNews[2]}</p></div><div class="article-tags"><h3
class="heading">Related Topics</h3><ul>${links(fxTopics, 'tag')}</ul></div></div>
</article></main><aside class="sidebar sidebar-primary"><section class="collection collection-trending"><h3 class="heading">Trending</h3><ol>
${fxTrending.map((t) => `<li class="article"><h4 class="title"><a href="https://www.foxnews.com/us/trending">${t}</a></h4></li>`).join('\n')}</ol></section>
${fxAd}</aside></div>
<footer class="site-footer"><nav class="footer-nav"><ul>${links(fxNav.slice(0, 8), 'footer-item')}</ul></nav><ul
class="legal">${links(fxFoot, 'legal-item')}</ul>
<p class="copyright">${fxLegal}</p></footer></div>
<script src="https://static.foxnews.example/static/isa/app/lib/VisitorAPI.js" async></script></body></html>`;
const foxStory: TestPage = {
  name: 'heldout124-foxnews-news',
  kind: 'news',
  html: fxHtml,
  // the sub-headline is body; the all-caps linked promo paragraphs inside the article body, the listen strip, the featured
  // video caption, image caption and credit, the italic author bio at the body's end and the rails are furniture
  title: fxTitle,
  headings: [],
  body: texts([fxDek, ...fxP1, ...fxP2, ...fxP3]),
  bylines: ['By Caleb Marchetti', 'Fox News', 'Published November 4, 2025 6:12pm EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...fxNav, 'Watch TV', 'Login', 'Search', 'EDUCATION', ...fxSocial, '147', 'NEW', 'You can now listen to Fox News articles!', 'close', 'Video',
    fxVideo, plain(fxVideoDesc), fxPromo1, fxPromo2, fxApp, 'Advertisement', fxCaption, fxCredit, fxBio, ...fxNews, 'Related Topics', ...fxTopics,
    'Trending', ...fxTrending, ...fxFoot, fxLegal,
  ])],
};

export const HELDOUT124_E: readonly TestPage[] = [foxStory, aljazeeraStory];
