import { links, type TestPage, texts } from './page-kit.js';
import { mirrorPage } from './pages-heldout154-d2.js';

/**
 * Held-out batch 154, file d: a Guardian US news story on its dotcom-rendering template ("data-gu-name" regions, the
 * "Support the Guardian" header ask, edition switch, pillar and sub navigation, the section and series labels, standfirst,
 * lead image caption with "Photograph:", the meta region with byline, location, time, "Share" and comment count, a rich
 * link and the newsletter promotion with its "skip past newsletter promotion" and "after newsletter promotion" notes
 * inside the body, the end-of-article contributions epic, "Explore more on these topics", "Reuse this content", the
 * comments box, "Most viewed" and the footer) and, from file d2, a Mirror (UK) story on the Reach plc template.
 */
const guTitle = 'Colorado town votes to halt new datacenters as fears over water supply grow';
const guStand = 'Residents of Alder Springs say a boom in server farms could drain an aquifer that ranchers and households already share';
const guParas = [
  'A small town in southern Colorado has become one of the first in the American west to put a stop to new datacenters, after ' +
    'residents packed a council meeting to warn that the industry’s thirst for water could leave their wells dry.',
  'The town council of Alder Springs, population 6,200, voted 5-2 late on Tuesday for a two-year moratorium on permits for ' +
    'datacenters and other facilities that would use more than 100,000 gallons of water a day. Two projects already in the planning ' +
    'stage will be allowed to proceed.',
  '“We are a town that lives and dies by the aquifer,” said Mayor Teodora Vance. “Before we let anyone else tap into it, we need ' +
    'to know what’s down there and how long it will last.”',
  'The vote reflects a growing backlash to the rapid spread of datacenters, which power everything from online shopping to ' +
    'artificial intelligence, into rural areas where land and electricity are cheap. Many of the largest facilities use water to ' +
    'cool their servers, and a single site can consume as much as a small city.',
];
const guSub = 'A boom that arrived fast';
const guParas2 = [
  'Alder Springs, about 40 miles south-west of Pueblo, had little experience with big industry until 2023, when a developer bought ' +
    '600 acres of former ranchland on the edge of town and announced plans for a campus of four datacenter buildings.',
  'A second company followed last year. Together, the two projects could use up to 1.4m gallons a day at full build-out, according ' +
    'to estimates filed with the county, roughly double what the town’s households currently use.',
  'Ranchers said they had already seen water levels fall in some wells during last summer’s drought. Wendell Okafor, whose family ' +
    'has raised cattle north of town for four generations, told the council he had to drill his stock well 80ft deeper in August.',
  '“My grandfather never had to do that. My father never had to do that,” Okafor said. “I don’t want to be the one who has to ' +
    'sell the herd because somebody needed a place to put their computers.”',
  'Supporters of the projects said the datacenters would bring hundreds of construction jobs, dozens of permanent positions and ' +
    'millions of dollars in property taxes to a county where the median household income is well below the state average.',
  'Gabriel Estrada, a council member who voted against the moratorium, said the town risked sending a message that it was closed ' +
    'for business. “We have young people leaving because there are no jobs,” he said. “This was a chance to change that.”',
  'The moratorium directs the town to commission a hydrological study of the aquifer and to draft new rules that could require ' +
    'large water users to recycle water or use air cooling. Similar debates are under way in parts of Arizona, Texas and Georgia.',
  'Representatives of the companies behind the two existing projects did not respond to requests for comment.',
];
const guTop = ['Print subscriptions', 'Sign in', 'Search jobs', 'Search', 'US edition'];
const guAsk = ['Support the Guardian', 'Fund independent journalism with $15 per month', 'Support us'];
const guPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guSub2 = ['US', 'World', 'Environment', 'US Politics', 'Ukraine', 'Soccer', 'Business', 'Tech', 'Science', 'Newsletters', 'Wellness'];
const guCaption = 'Cattle graze near the site of a planned datacenter campus outside Alder Springs, Colorado.';
const guCredit = 'Photograph: Hannah Brightwater/The Guardian';
const guRich = 'The hidden thirst of AI: how datacenters are straining water supplies in the US';
const guNews = [
  'skip past newsletter promotion',
  'Sign up to Headlines US',
  'Get the most important US headlines and highlights emailed direct to you every morning',
  'Enter your email address',
  'Sign up',
  'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see ' +
    'our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.',
  'after newsletter promotion',
];
const guEpic = [
  'I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the ' + 'Guardian’s journalism.',
  'We’re independent, with no billionaire owner pulling the strings, so we can report fearlessly on the issues that matter to you.',
  'Choose your gift',
  'Monthly',
  '$15/month',
  'Continue',
  'Remind me in May',
];
const guTags = ['Colorado', 'Water', 'Drought', 'Technology', 'news'];
const guMostViewed = [
  'Live: Senate votes on spending bill as shutdown deadline looms',
  'The quiet town where everyone is learning to fish again',
  'Texas floods: death toll rises as search continues',
  'Scientists find microplastics in clouds above the Rockies',
];
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
  'All topics',
  'All writers',
  'Digital newspaper archive',
  'Tax strategy',
  'Facebook',
  'YouTube',
  'Instagram',
  'LinkedIn',
];
const guCopy = '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)';
const guP = (a: readonly string[]): string => a.map((p) => `<p class="dcr-16w5gq9">${p}</p>`).join('\n');
const guLd = `[{"@type":"NewsArticle","@context":"https://schema.org","headline":"${guTitle}","datePublished":"2025-03-05T11:00:00.000Z",
"dateModified":"2025-03-05T14:14:00.000Z","author":[{"@type":"Person","name":"Jonah Whitcombe",
"sameAs":"https://www.theguardian.example/profile/jonah-whitcombe"}],
"publisher":{"@type":"Organization","name":"The Guardian"},"isAccessibleForFree":true}]`;
const guHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>Colorado town votes to halt new datacenters as fears over water supply grow | Colorado | The Guardian</title>
<meta name="description" content="${guStand}"><meta property="og:title" content="${guTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="US news"><meta name="author" content="Jonah Whitcombe">
<link rel="canonical" href="https://www.theguardian.example/us-news/2025/mar/05/colorado-town-datacenter-moratorium-water">
<script type="application/ld+json">${guLd}</script>
<script>window.guardian={"config":{"page":{"contentType":"Article","section":"us-news","edition":"US"}}};</script></head>
<body><a href="#maincontent" class="dcr-1s5pqjd">Skip to main content</a><a href="#navigation" class="dcr-1s5pqjd">Skip to navigation</a>
<div data-component="nav3"><header class="dcr-1v7mrt"><div class="dcr-xnu9pb"><a href="https://support.theguardian.example/subscribe">${guTop[0]}</a>
<a href="https://profile.theguardian.example/signin">${guTop[1]}</a><a href="https://jobs.theguardian.example">${guTop[2]}</a>
<a href="https://www.google.com/search">${guTop[3]}</a><button class="dcr-5ikpfb" aria-haspopup="true">${guTop[4]}</button></div>
<div class="dcr-1pozbs8" data-component="header-support"><h2 class="dcr-9r8hg3">${guAsk[0]}</h2><p>${guAsk[1]}</p>
<a href="https://support.theguardian.example/contribute">${guAsk[2]}</a></div>
<a href="/us" class="dcr-2zm1yw"><span class="dcr-1ui1jde">The Guardian - Back to home</span><svg aria-hidden="true"></svg></a></header>
<nav id="navigation" aria-label="Guardian sections" class="dcr-4l7l1w"><ul>${links(guPillars, 'dcr-8d3u9k')}</ul></nav>
<div data-component="sub-nav" class="dcr-1p6a2h3"><ul>${links(guSub2, 'dcr-1q6q2z')}</ul></div></div>
<main data-layout="StandardLayout"><article class="dcr-1l3bwmm"><div class="dcr-13kfuyp">
<div data-gu-name="title" class="dcr-hkcsl8"><a href="/us-news" class="dcr-1x6y4cm"><span>US news</span></a></div>
<div data-gu-name="headline" class="dcr-14jq2z0"><h1 class="dcr-u0152o">${guTitle}</h1></div>
<div data-gu-name="standfirst" class="dcr-1qvd3m6"><div class="dcr-1r9q85a"><p>${guStand}</p></div></div>
<div data-gu-name="media" class="dcr-1fj1pk9"><figure id="img-1" class="dcr-1kjx3qm"><img src="https://i.guim.example/img/media/9c1ab/master/3000.jpg?width=700"
alt="Cattle graze near a fenced construction site" width="700" height="420"><figcaption class="dcr-jxqe1o"><span class="dcr-1inf02i">
<svg aria-hidden="true"></svg></span>${guCaption} <span class="dcr-1jvh6bs">${guCredit}</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1m8w2uu"><address aria-label="Contributor info" data-component="meta-byline" class="dcr-1cfpnlw">
<div class="dcr-1nrtp5d"><a rel="author" href="/profile/jonah-whitcombe">Jonah Whitcombe</a> in Alder Springs, Colorado</div></address>
<div class="dcr-1bevyd5"><details class="dcr-1z5zwzr" data-component="dateline"><summary class="dcr-172bg05">Wed 5 Mar 2025 06.00 EST</summary>
<div class="dcr-1ov5zxj">Last modified on Wed 5 Mar 2025 09.14 EST</div></details></div>
<div class="dcr-1pfjtb5"><button class="dcr-7b1mgb" aria-label="Share">Share</button><a href="#comments" class="dcr-1ygvx8k" aria-label="Comments">
<span class="dcr-1bwz9ov">212</span></a></div></div>
<div data-gu-name="body" id="maincontent" class="dcr-1d3d1yr"><div class="article-body-commercial-selector article-body-viewer-selector dcr-10vb8ty">
${guP(guParas.slice(0, 3))}
<aside data-spacefinder-role="richLink" class="dcr-11ra563">
<div data-component="rich-link" class="dcr-1wn0oq9"><a href="/us-news/2024/aug/ai-datacenters-water">
<div class="dcr-1e0yvxl"><span class="dcr-ykgo3n">${guRich}</span></div></a></div></aside>
${guP(guParas.slice(3))}
<h2 id="a-boom-that-arrived-fast" class="dcr-1hcl9cf">${guSub}</h2>
${guP(guParas2.slice(0, 3))}
<a data-ignore="global-link-styling" href="#EmailSignup-skip-link-7" class="dcr-jzxpee">${guNews[0]}</a>
<div data-component="email-signup" class="dcr-11nts4u"><p class="dcr-1y5dplv">${guNews[1]}</p><p class="dcr-1md5pbx">${guNews[2]}</p>
<form><label for="email-7" class="dcr-1sdm1kw">${guNews[3]}</label><input id="email-7" type="email"><button type="submit">${guNews[4]}</button></form>
<p class="dcr-1vpz8jq">${guNews[5]}</p></div>
<div id="EmailSignup-skip-link-7" tabindex="0" aria-label="after newsletter promotion" role="note" class="dcr-jzxpee">${guNews[6]}</div>
${guP(guParas2.slice(3))}
</div>
<div id="slot-body-end" class="dcr-1uqgg1w"><div class="dcr-ikdu3y" data-component="contributions-epic">${guEpic
  .slice(0, 2)
  .map((t) => `<p class="dcr-1j82t6j">${t}</p>`)
  .join('\n')}
<div class="dcr-1kyc4k0"><p>${guEpic[2]}</p><button>${guEpic[3]}</button><span>${guEpic[4]}</span>
<a href="https://support.theguardian.example/">${guEpic[5]}</a>
<button class="dcr-1wbl7dm">${guEpic[6]}</button></div></div></div>
<div data-gu-name="lines" class="dcr-1uqkd6b"><div class="dcr-1x1ebnm"><h2 class="dcr-1uxxt5i">Explore more on these topics</h2>
<ul>${links(guTags, 'dcr-12dhnqb')}</ul></div>
<div class="dcr-1c4ugo6"><button aria-label="Share">Share</button><a href="https://syndication.theguardian.example/">Reuse this content</a></div></div>
</div></div></article>
<section id="comments" data-component="discussion" class="dcr-1tm3dq1"><h2 class="dcr-1b6zr5t">Comments (212)</h2>
<p class="dcr-1lhm1p3">This discussion is closed for comments.</p><button class="dcr-1yp9wyl">View all comments &gt;</button></section>
<section data-component="most-popular" class="dcr-x1iu73"><h2 class="dcr-1eqdc8h">Most viewed</h2><ol>${links(guMostViewed, 'dcr-1mvwn0x')}</ol></section>
</main>
<footer data-component="footer" class="dcr-1lf8gm7"><ul>${links(guFoot, 'dcr-1oa5yxv')}</ul><small class="dcr-1jamba0">${guCopy}</small></footer>
<script type="module" src="https://assets.guim.example/assets/frameworks.client.web.4b1f7a.js"></script></body></html>`;
const guardian: TestPage = {
  html: guHtml,
  name: 'heldout154-guardian-us-news',
  kind: 'news',
  // the standfirst is body; the newsletter promotion, its skip notes and the contributions epic are furniture
  title: guTitle,
  headings: [guSub],
  body: [guStand, ...texts(guParas), ...texts(guParas2)],
  bylines: ['Jonah Whitcombe in Alder Springs, Colorado', 'Wed 5 Mar 2025 06.00 EST', 'Last modified on Wed 5 Mar 2025 09.14 EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...guTop, ...guAsk, 'The Guardian - Back to home', ...guPillars, ...guSub2, 'US news', guCaption,
    guCredit, 'Share', guRich, ...guNews, ...guEpic, 'Explore more on these topics', ...guTags, 'Reuse this content', 'Comments (212)',
    'This discussion is closed for comments.', 'View all comments >', 'Most viewed', ...guMostViewed, ...guFoot, guCopy,
  ],
};

export const HELDOUT154_D: readonly TestPage[] = [guardian, mirrorPage];
