import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file b3: a Chemistry World news story on the publisher's story template. */
const title = 'Iron catalyst turns waste plastic into jet fuel precursors at low temperature';
const dek = 'Cheap pincer complex breaks down polyethylene at 180°C, but selectivity for the most useful fractions remains a hurdle';
const p1 = [
  'Chemists in Canada have found that a simple iron complex can chop polyethylene into short hydrocarbons at temperatures more ' +
    'than 200°C lower than conventional cracking. The products fall largely in the C8 to C16 range used in aviation fuel, and the ' +
    'catalyst is made from inexpensive, abundant starting materials.',
  'Polyethylene is the most common plastic in the world and among the hardest to recycle chemically, because its carbon–carbon ' +
    'bonds are strong and its chains carry no functional groups for a catalyst to grab. Most efforts to upcycle it rely on ' +
    'platinum or ruthenium on solid supports, which are expensive and quickly fouled by the additives found in real waste.',
];
const h1 = 'Hydrogen shuttling';
const p2 = [
  'The team, led by Maeve Lachance at the University of Saskatoon, designed an iron pincer complex that removes hydrogen from the ' +
    'polymer chain to create a double bond, then moves that double bond along the chain before a second step breaks it. “The iron ' +
    'essentially walks down the chain and cuts it where it wants to,” Lachance says.',
  'At 180°C and under 20 bar of hydrogen, the catalyst converted 71% of a post-consumer milk bottle sample into liquids within 12 ' +
    'hours. Around 62% of that liquid fell in the jet fuel range, with the rest split between lighter naphtha and a small amount ' +
    'of waxy residue.',
  'Crucially, the catalyst tolerated the pigments and stabilisers in the waste sample, which Lachance attributes to the bulky ' +
    'ligand around the iron centre. Conversion dropped by only 6% compared with pure laboratory-grade polyethylene.',
];
const h2 = 'Room for improvement';
const p3 = [
  'Others in the field are cautiously enthusiastic. Tobias Wennberg, who works on plastic upcycling at Chalmers University of ' +
    'Technology in Sweden, notes that the process still produces a broad mixture of products. “For fuel that may be fine, ' +
    'because you blend anyway,” he says. “For chemicals you really need to control the chain length much better.”',
  'He also points out that 20 bar of hydrogen is not trivial at scale, and that the source of that hydrogen will determine ' +
    'whether the process actually saves carbon. Lachance’s group is now testing whether the same catalyst can run on hydrogen ' +
    'released from the plastic itself, which would remove the need for an external supply.',
];
const ref = 'M Lachance et al, J. Am. Chem. Soc., 2025, DOI: 10.1021/jacs.5c01187';
const caption = 'The iron catalyst broke down shredded milk bottles into a liquid mixture of hydrocarbons';
const source = 'Source: © Maeve Lachance/University of Saskatoon';
const nav = ['News', 'Research', 'Opinion', 'Features', 'Culture', 'Careers', 'Podcasts', 'Webinars', 'Education in Chemistry'];
const tags = ['Research', 'Catalysis', 'Green chemistry', 'Polymers', 'Sustainability', 'Canada'];
const more = [
  'Enzyme cocktail digests mixed textile waste',
  'Europe sets binding target for recycled plastic in packaging',
  'Solar reactor makes ammonia from air',
];
const moreDates = ['11 March 2025', '10 March 2025', '7 March 2025'];
const foot = ['About us', 'Contact us', 'Advertise', 'Terms and conditions', 'Privacy policy', 'Cookie policy', 'Accessibility', 'Help'];
const nl = 'Get the latest chemistry news, research and opinion every week, straight to your inbox.';
const cookie = 'We use cookies to make our site work and to improve your experience. Some are essential, others help us understand how you use the site.';
const copy = '© 2025 Royal Society of Chemistry. Registered charity number: 207890';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Iron catalyst turns waste plastic into jet fuel precursors at low temperature | News | Chemistry
World</title>
<meta name="description" content="${dek}"><meta property="og:site_name" content="Chemistry World"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.chemistryworld.example/news/iron-catalyst-turns-waste-plastic-into-jet-fuel/4021377.article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-12T09:30:00+00:00",
"author":[{"@type":"Person","name":"Rhiannon Pryce"}],"publisher":{"@type":"Organization","name":"Chemistry World"},"isAccessibleForFree":true}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"News","storyId":"4021377","accessLevel":"registered"});</script>
<link rel="stylesheet" href="/magazine/css/main.css?v=28"></head>
<body class="story-page news"><div id="wrapper">
<div class="rsc-bar"><a href="https://www.rsc.example/">Royal Society of Chemistry</a></div>
<header id="masthead"><div class="masthead-inner"><a class="logo" href="/"><img src="/magazine/img/cw-logo.svg" alt="Chemistry World"></a>
<ul class="account-links"><li><a href="/sign-in">Sign in</a></li><li><a href="/register">Register</a></li><li><a class="subscribe"
href="/subscribe">Subscribe</a></li></ul>
</div><nav id="mainnav" class="mainnav"><ul>${links(nav, 'navitem')}</ul></nav>
<form class="searchform" action="/searchresults"><input type="text" name="qkeyword" placeholder="Search"><button type="submit">Search</button></form></header>
<div class="ad leaderboard"><div class="ad-label">Advertisement</div><div id="ad-top"></div></div>
<div id="main"><div class="breadcrumb"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="story_title"><h1>${title}</h1></div>
<div class="standfirst"><p>${dek}</p></div>
<div class="byline"><p>By <a href="/rhiannon-pryce/4011.bio" rel="author">Rhiannon Pryce</a><time datetime="2025-03-12T09:30:00+00:00">12 March
2025</time></p></div>
<div class="sharing"><ul><li><a class="facebook" href="#">Share on Facebook</a></li><li><a class="twitter" href="#">Share on X</a></li>
<li><a class="linkedin" href="#">Share on LinkedIn</a></li><li><a class="email" href="#">Share by email</a></li></ul></div>
<div class="article-content story-body">
<figure class="inline_image"><img src="/Pictures/1024xAny/4/2/7/202427_plasticbottles.jpg" alt="Shredded plastic milk bottles">
<figcaption><span class="caption">${caption}</span><span class="source">${source}</span></figcaption></figure>
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<div class="inline-ad"><div class="ad-label">Advertisement</div><div id="ad-inline-1"></div></div>
<h2>${h2}</h2>
${ps(p3)}
<h2>References</h2><p class="reference">${ref}</p>
</div>
<div class="topics"><h2>Topics</h2><ul>${links(tags)}</ul></div>
<div class="newsletter-promo"><h3>Newsletter</h3><p>${nl}</p><a href="/newsletter">Sign up</a></div>
<div class="related"><h2>More from News</h2><ul>
${more.map((t, i) => `<li><a href="/news/${i}.article"><h3>${t}</h3></a><span class="date">${moreDates[i]}</span></li>`).join('\n')}</ul></div></div>
<footer id="footer"><div class="footer-logo">Chemistry World</div><ul class="footer-links">${links(foot)}</ul><p class="copyright">${copy}</p>
<p class="powered">Site powered by Webvision Cloud</p></footer></div>
<div class="cookie-consent" role="dialog" aria-live="polite"><p>${cookie}</p><button class="accept">Accept all</button><button class="settings">Cookie
settings</button></div>
<script src="/magazine/js/main.js?v=28"></script></body></html>`;

export const chemistryWorld: TestPage = {
  name: 'heldout230-chemistry-world-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3]),
  bylines: ['By Rhiannon Pryce', '12 March 2025'],
  // the references block after the story (its heading and the citation) is furniture, a source note rather than the story
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Royal Society of Chemistry', 'Sign in', 'Register', 'Subscribe', ...nav, 'Search', 'Advertisement', 'Home', caption, source, 'Share on Facebook',
    'Share on X', 'Share on LinkedIn', 'Share by email', 'References', ref, 'Topics', 'Catalysis', 'Green chemistry', 'Polymers', 'Sustainability',
    'Canada', 'Newsletter', nl, 'Sign up', 'More from News', ...more, ...moreDates, 'Chemistry World', ...foot, copy, 'Site powered by Webvision Cloud',
    cookie, 'Accept all', 'Cookie settings',
  ],
};
