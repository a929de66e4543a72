import { links, type TestPage, texts } from './page-kit.js';
import { japanTimesStory } from './pages-heldout98-b2.js';

/**
 * Held-out batch 98, file b: a South China Morning Post story as the Next.js scmp.com template renders it (top bar with
 * Subscribe and Sign in, section nav, breadcrumb, the headline with its two summary points, author with "+ FOLLOW",
 * "Published:" and "Updated:" times with "Why you can trust SCMP" and its hidden tooltip, the share bar, the lead image with
 * a "Photo:" credit, "Advertisement" slots between paragraphs, the myNEWS box, the print-edition line, topics, comments
 * button, "Recommended" and "Most Popular" rails, consent banner and footer) and, from file b2, a Japan Times story.
 */
const sTitle = 'Hong Kong’s ageing minibus drivers keep vans on the road as recruits dry up';
const sSummary = [
  'Nearly half of the city’s licensed minibus drivers are over 60, according to figures from the Transport Department',
  'Operators say younger drivers are put off by long shifts, but a new training scheme has drawn more than 300 applicants',
];
const sBody = [
  `At 5.45am, long before the first office workers reach the terminus, Chan Wing-kei is already wiping down the seats of his green
minibus. The 71-year-old has driven the same route for 26 years and says he has no plans to stop.`,
  `"My knees are not what they were, but my eyes are fine and I know every pothole," he said. "If I retire tomorrow, who takes this
van? The boss has been looking for a young driver for a year."`,
  `Chan is far from alone. Of the roughly 9,400 people holding a licence to drive a public light bus in Hong Kong, 46 per cent are
aged 60 or above, figures released by the Transport Department last month show. Fewer than one in ten are under 40.`,
  `The industry has warned for years that the workforce is shrinking. Minibus drivers typically work 11- to 12-hour shifts, are paid
by the trip on many routes and have no fixed retirement age, but the city requires those over 70 to pass a medical examination
every year to keep their licences.`,
  `Kwok Siu-ming, chairman of the Public Light Bus Operators Alliance, said some routes had already cut their frequency because vans
were sitting idle for lack of drivers. "Passengers complain about waiting 20 minutes at peak hours, and they are right to," he said.
"We have the vehicles. We do not have the people."`,
  `In January, the government launched a subsidised training scheme that pays trainees HK$8,000 a month for up to three months while
they prepare for the licence test and learn routes with experienced drivers. More than 300 people applied in the first six weeks,
about a third of them women, the Labour Department said.`,
  `Among them is Ivy Lau, 34, who left a job in retail after her shop closed last year. "I like driving and I like being my own
boss on the road," she said. "The hours are long, but retail hours were long too, and nobody thanked me there either."`,
  `Transport sector lawmaker Tony Fung Chi-wai said the scheme was a good start, but that pay and working conditions had to improve
for it to make a lasting difference. He has called for a minimum hourly wage for drivers on franchised routes and for operators to
provide rest areas at busy termini.`,
  `Back at the terminus, Chan finishes cleaning and checks his watch. He has trained two younger drivers in the past decade, he says,
and both left within a year. "Maybe this time it will be different," he said, starting the engine. "I would like to sleep in one
day."`,
];
const sNav = ['News', 'Hong Kong', 'China', 'Asia', 'World', 'Business', 'Tech', 'Lifestyle', 'Opinion', 'Sport', 'Video', 'Podcasts'];
const sCrumbs = ['Hong Kong', 'Transport'];
const sTrust = 'Why you can trust SCMP';
const sTrustTip = 'Our newsroom follows published editorial standards on accuracy, fairness and independence. Learn more about how we report.';
const sShare = ['Share', 'Bookmark', 'Print', 'Copy link'];
const sCaption = 'A minibus driver waits for passengers at a terminus in Kowloon. Photo: Wong Tsz-hin';
const sMyNews = ['Get more with myNEWS', 'A personalised news feed of stories that matter to you', 'Learn more'];
const sPrint = 'This article appeared in the South China Morning Post print edition as: Grey-haired drivers keep the city’s minibuses running';
const sTopics = ['Hong Kong transport', 'Public transport', 'Ageing population', 'Labour shortage'];
const sRecommended = [
  'Cross-harbour tunnel tolls: drivers shift routes as new fees take effect',
  'Hong Kong taxi trade asks for more time to meet electric-vehicle targets',
  'MTR to add trains on busiest line after passenger complaints',
];
const sPopular = [
  'Hong Kong weather: cold snap to bring lowest temperatures of the winter',
  'Three arrested over HK$12 million online romance scam',
  'Lantau hiking trail reopens after landslide repairs',
  'Why Hong Kong’s housing queue is getting shorter, and who is still waiting',
];
const sCookie = `SCMP and its partners use cookies and similar technologies to personalise content and ads and to analyse our traffic. By
continuing to browse, you agree to our use of cookies.`;
const sFoot = ['About Us', 'Contact Us', 'Careers', 'Advertise', 'Terms & Conditions', 'Privacy Policy', 'FAQs', 'Newsletters', 'Print Replica'];
const sCopy = 'Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.';
const sP = (t: string): string =>
  `<div data-qa="ContentBody-ContentBodyContainer-Paragraph" class="css-1jqcvz4"><p class="css-1u0w8dk e1w4kbgr0">${t}</p></div>`;
const sAd = (
  n: number,
): string => `<div data-qa="AdSlot-Container" class="css-1kft2hd e1pstn0n0"><div data-qa="AdSlot-Label" class="css-pxnpw4">Advertisement</div>
<div id="div-gpt-ad-article-inline${n}" data-ad-unit="/8134/scmp/web/hongkong/article/inline${n}" class="css-pz7uv8"></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en" class="scmp"><head><meta charset="utf-8"><title>${sTitle} | South China Morning Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${sSummary[0]}">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="South China Morning Post">
<meta name="cse_article_id" content="3301245"><meta name="article:section" content="Hong Kong"><meta name="twitter:site" content="@SCMPNews">
<link rel="canonical" href="https://www.scmp.com/news/hong-kong/transport/article/3301245/hong-kongs-ageing-minibus-drivers-keep-vans-road">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2025-03-11T08:00:00+08:00",
"dateModified":"2025-03-11T11:42:00+08:00","author":[{"@type":"Person","name":"Lam Ka-yee","url":"https://www.scmp.com/author/lam-ka-yee"}],
"publisher":{"@type":"NewsMediaOrganization","name":"South China Morning Post"},"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"3301245","sectionIds":["2","4"]}},"page":"/article/[id]"}</script>
<link rel="stylesheet" href="https://assets.i-scmp.example/_next/static/css/4f1ab2.css"></head>
<body><div id="__next"><div class="css-1a8b8fw"><header data-qa="Header-Container" class="css-mqo1o7 e1tt4d8k0">
<div data-qa="Header-TopBar" class="css-s6ef2n"><a href="/" aria-label="South China Morning Post" class="css-1ihbnsn"><svg viewBox="0 0 160 30"></svg></a>
<a data-qa="Header-SubscribeButton" href="/subscribe?pwgt=header" class="css-k7d5af">Subscribe</a>
<button data-qa="Header-LoginButton" class="css-1r6sp3n">Sign in</button></div>
<nav data-qa="Header-Nav" class="css-1vq0y8c"><ul class="css-1xdhyk6">${links(sNav, 'css-1n0tlyt')}</ul></nav></header>
<main class="css-1oapk2v"><div data-qa="ArticleContainer" class="css-16o5kq1"><article data-qa="GenericArticle-Container" class="css-1eyyr6t e1pp4bb10">
<div data-qa="ArticleHeader-Container" class="css-1t4wbzw"><nav data-qa="ArticleSection-Breadcrumb" aria-label="breadcrumb" class="css-17pqy27">
${sCrumbs.map((t) => `<a data-qa="ArticleSection-Link" href="/news/${t.toLowerCase().replace(' ', '-')}" class="css-1jmm1ie">${t}</a>`).join('<span>/</span>')}
</nav><h1 data-qa="ContentHeadline-Headline" class="css-1xdhyk6 e1s0wuq10">${sTitle}</h1>
<ul data-qa="ContentSummary-ContainerWithTag" class="css-kxl7pd">${sSummary.map((t) => `<li class="css-rdz2b6">${t}</li>`).join('\n')}</ul>
<div data-qa="ArticleHeader-AuthorContainer" class="css-1wj1v5y"><div data-qa="AuthorNames-Container" class="css-1h9zvmz">
<a data-qa="AuthorNames-Link" href="/author/lam-ka-yee" class="css-1bsqj9f">Lam Ka-yee</a>
<button data-qa="FollowButton" class="css-1x5sq4e">+ FOLLOW</button></div>
<div data-qa="ArticleDate-Container" class="css-9b2o1a">
<time data-qa="ArticleDate-Published" datetime="2025-03-11T00:00:00.000Z">Published: 8:00am, 11 Mar 2025</time>
<time data-qa="ArticleDate-Updated" datetime="2025-03-11T03:42:00.000Z">Updated: 11:42am, 11 Mar 2025</time>
<a data-qa="ArticleDate-TrustLabel" href="/knowledge/explained/article/3255621/why-you-can-trust-scmp" class="css-o0fnxu">${sTrust}</a>
<div role="tooltip" data-qa="TrustLabel-Tooltip" class="css-1ngw5r8" hidden>${sTrustTip}</div></div></div>
<div data-qa="ArticleActionWidget" class="css-1aw6r1f">
${sShare.map((t) => `<button data-qa="ArticleActionWidget-${t.replace(' ', '')}" class="css-gyrb7l"><span class="css-1wp5hgd">${t}</span></button>`).join('\n')}
</div></div>
<figure data-qa="ArticleImage-Container" class="css-ayfk5g"><img src="https://cdn.i-scmp.example/sites/default/files/d8/images/canvas/2025/03/11/minibus.jpg"
alt="A green minibus at a terminus" width="1200" height="800" class="css-1q3t1i7"><figcaption data-qa="ArticleImage-Caption" class="css-18y3rm5">
<span class="css-pyf7i6">${sCaption}</span></figcaption></figure>
<section data-qa="ContentBody-ContentBodyContainer" class="css-1ke3hpx paywall">
${sBody.slice(0, 3).map(sP).join('\n')}
${sAd(1)}
${sBody.slice(3, 6).map(sP).join('\n')}
<div data-qa="MyNewsPromo" class="css-1s0z8fl"><p class="css-12g5i8v">${sMyNews[0]}</p><p class="css-b8s4nw">${sMyNews[1]}</p>
<a href="/mynews" class="css-15ncjrt">${sMyNews[2]}</a></div>
${sBody.slice(6, 8).map(sP).join('\n')}
${sAd(2)}
${sBody.slice(8).map(sP).join('\n')}
</section>
<div data-qa="ArticlePrintHeadline" class="css-18ydbu0"><p class="css-1l3dn6q">${sPrint}</p></div>
<div data-qa="TopicList-Container" class="css-1vu3k3v"><span class="css-8o6qg4">Discover more stories on</span>
${sTopics.map((t) => `<a data-qa="TopicList-Link" href="/topics/${t.toLowerCase().replace(/ /g, '-')}" class="css-kw6b3x">${t}</a>`).join('\n')}</div>
<div data-qa="CommentButton-Container" class="css-1gx7xk9"><button class="css-1s4g5rj">Leave your comment</button>
<span class="css-10ogj3g">Comments</span></div>
</article><aside data-qa="ArticleSideRail" class="css-1r2ckln">${sAd(3)}
<section data-qa="Recommended-Container" class="css-4ir6wr"><h2 class="css-1sq2a1d">Recommended</h2>
${sRecommended.map((t, i) => `<a href="/news/hong-kong/article/33011${i}" class="css-1r3u8fk"><h3 class="css-14ndxyr">${t}</h3></a>`).join('\n')}</section>
<section data-qa="MostPopular-Container" class="css-4ir6wr"><h2 class="css-1sq2a1d">Most Popular</h2><ol class="css-1fx9wqp">
${sPopular.map((t, i) => `<li><span class="css-1c9w7m5">${i + 1}</span><a href="/news/article/33009${i}" class="css-1r3u8fk">${t}</a></li>`).join('\n')}
</ol></section></aside></div></main>
<footer data-qa="Footer-Container" class="css-6ycvah"><ul class="css-1bh6yfd">${links(sFoot, 'css-1rzvyg6')}</ul><p class="css-qh8o0x">${sCopy}</p></footer>
<div data-qa="CookieConsent" role="dialog" aria-live="polite" class="css-wbu7fx"><p class="css-1g52mux">${sCookie}</p>
<button class="css-1q2zx3p">Accept</button><a href="/privacy-policy" class="css-14qm6i6">Manage preferences</a></div></div></div>
<script src="https://assets.i-scmp.example/_next/static/chunks/main-3e9a1c.js" async></script></body></html>`;
const scmp: TestPage = {
  html: sHtml,
  name: 'heldout98-scmp-story',
  kind: 'news',
  // the two summary points under the headline are body; the author, "Published:" and "Updated:" times are bylines;
  // "Why you can trust SCMP" with its hidden tooltip, the ad labels, the myNEWS box inside the body, the print-edition
  // line, topics, comment button, rails, consent and footer are furniture
  title: sTitle,
  headings: [],
  body: texts([...sSummary, ...sBody]),
  bylines: ['Lam Ka-yee', 'Published: 8:00am, 11 Mar 2025', 'Updated: 11:42am, 11 Mar 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign in', ...sNav, 'Transport', '+ FOLLOW', sTrust, sTrustTip, ...sShare, sCaption, 'Advertisement', ...sMyNews, sPrint,
    'Discover more stories on', ...sTopics, 'Leave your comment', 'Comments', 'Recommended', ...sRecommended, 'Most Popular', ...sPopular, ...sFoot,
    sCopy, texts([sCookie])[0] ?? '', 'Accept', 'Manage preferences',
  ],
};

export const HELDOUT98_B: readonly TestPage[] = [scmp, japanTimesStory];
