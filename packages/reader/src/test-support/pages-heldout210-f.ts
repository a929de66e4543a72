import { links, type TestPage, texts } from './page-kit.js';
import { clubPost } from './pages-heldout210-f2.js';

/**
 * Held-out batch 210, file f: a Jalopnik article on its current (Static Media) template (the header with the section
 * menu and hidden slide-out nav, the category link, byline with "By" and the timestamp, the lead image with its credit,
 * in-article "Advertisement" slots and an inline "Recommended" promo, an embedded social post, the "Read More" rail, the
 * newsletter form, the consent manager and the footer with the network's sister sites) and, from file f2, a car club's
 * blog post.
 */
const jlTitle = 'The Cheapest Way To Fix Your Car Is Now Illegal In Three States, Sort Of';
const jlP1 = [
  'If you have ever bought a junkyard headlight, a used alternator or a secondhand catalytic converter to keep an old car on the road, ' +
    'you may want to read the fine print of three new state laws. Lawmakers in Ohio, Nevada and Georgia have all passed bills this ' +
    'year that put new paperwork requirements on anyone selling used auto parts, and the language is broad enough that it could ' +
    'catch hobbyists, not just scrapyards.',
  'The laws were written to stop catalytic converter theft, which is a real and expensive problem. But the way they were written ' +
    'means that, on paper at least, selling a used tail light on a marketplace app could require a dealer license and a ' +
    'three-year record of every buyer.',
];
const jlH1 = 'What The Laws Actually Say';
const jlP2 = [
  'Each law is slightly different, but they share a core idea: a person who sells more than a set number of used parts a year must ' +
    'register with the state, keep records of where each part came from, and hold it for a waiting period before selling.',
  'In Nevada, that number is ten parts a year. Anybody who has parted out a project car knows you can hit ten parts in an afternoon.',
];
const jlQuote =
  'We wanted to make life harder for people cutting converters off cars in parking lots. Nobody in this building was thinking about ' +
  'a guy selling his old seats.';
const jlP3 = [
  'That is from a Nevada legislative staffer who asked not to be named because they are not authorized to speak publicly. They ' +
    'told me the state plans to issue guidance clarifying that private sellers are exempt, but there is no date for that yet.',
];
const jlH2 = 'Why This Matters If You Wrench';
const jlP4 = [
  'Used parts are the backbone of keeping older cars affordable. A new OEM door mirror for a 15-year-old sedan can cost $400; a used one ' +
    'from a yard might cost $35. If selling used parts gets harder, fewer people will do it, and those who keep doing it will charge more.',
  'Parts recyclers I spoke to are also worried. “We already do all this paperwork for converters,” said Gina Ferro, who runs a yard ' +
    'outside Reno. “Doing it for every bumper and fender is going to bury us.”',
  'For now, enforcement seems unlikely to target the person selling a set of wheels in their driveway. But “unlikely” is not the same ' +
    'as “legal,” and it is worth knowing where your state stands before you list that spare transmission.',
];
const jlNav = ['News', 'Car Culture', 'Reviews', 'Features', 'EVs', 'Motorsports', 'Tech'];
const jlSlide = ['About', 'Editorial Policies', 'Our Experts', 'Privacy Policy', 'Terms of Use'];
const jlCredit = 'Shannon Ray / Jalopnik';
const jlCaption = 'A salvage yard outside Reno, Nevada.';
const jlRec = ['Recommended', 'The 10 Best Junkyard Finds Our Readers Ever Made'];
const jlRead = [
  'Read More',
  'Here Are The Cars With The Cheapest Replacement Parts',
  'Why Your Mechanic Hates Aftermarket Parts',
  'The Catalytic Converter Theft Boom, Explained',
];
const jlNews = ['Get the Jalopnik newsletter', 'Your email', 'Sign up', 'By signing up, you agree to our Terms and Privacy Policy.'];
const jlConsent = ['We care about your privacy', 'We and our partners use cookies and similar technologies.', 'Accept', 'Options'];
const jlFoot = ['About Us', 'Contact Us', 'Editorial Policies', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Information'];
const jlSister = ['Our Network', 'SlashGear', 'Autoblog Weekly', 'The Drive Line'];
const jlCopy = '© 2026 Static Media. All Rights Reserved.';
const jlAd = '<div class="ad-slot" data-slot="in-content"><span class="ad-label">Advertisement</span></div>';
const jlPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const jlHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${jlTitle}</title>
<meta name="description" content="Three new state laws aimed at converter theft could catch hobbyists selling used parts.">
<meta property="og:site_name" content="Jalopnik"><meta property="og:type" content="article"><meta property="og:title" content="${jlTitle}">
<link rel="canonical" href="https://www.jalopnik.com/2011842/used-parts-laws-ohio-nevada-georgia/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${jlTitle}","datePublished":"2026-03-09T15:40:00-04:00",
"author":[{"@type":"Person","name":"Collin Woodard","url":"https://www.jalopnik.com/author/collinwoodard/"}]}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script><script>var sm_config={"postId":2011842,"cat":"news"};</script></head>
<body class="post-template-default single single-post"><div id="slide-nav" class="slide-nav" aria-hidden="true"><ul>${links(jlSlide)}</ul></div>
<header id="header" class="site-header"><button class="nav-toggle" aria-label="Menu"></button><a href="/" class="logo" title="Jalopnik"></a>
<nav class="main-nav"><ul>${links(jlNav, 'menu-item')}</ul></nav><button class="search-toggle" aria-label="Search"></button></header>
<main id="main"><article class="news-post" id="post-2011842"><div class="news-article">
<a class="category-link" href="/category/news/">News</a><h1 class="title-gallery">${jlTitle}</h1>
<div class="byline-container"><span class="byline-by">By</span> <a class="byline-author" href="/author/collinwoodard/">Collin Woodard</a>
<time class="byline-timestamp" datetime="2026-03-09T15:40:00-04:00">March 9, 2026 3:40 pm EST</time></div>
<div class="article-image"><img src="https://www.jalopnik.com/img/gallery/salvage-yard/l-intro-1741540000.jpg" alt="Salvage yard rows">
<div class="gallery-image-caption"><span class="caption">${jlCaption}</span><span class="gallery-image-credit">${jlCredit}</span></div></div>
<div class="columns-holder">
${jlPs(jlP1)}
${jlAd}
<h2>${jlH1}</h2>
${jlPs(jlP2)}
<blockquote><p>${jlQuote}</p></blockquote>
${jlPs(jlP3)}
<div class="inline-related"><span class="inline-related__label">${jlRec[0]}</span><a href="/2009910/best-junkyard-finds/">${jlRec[1]}</a></div>
<h2>${jlH2}</h2>
${jlPs(jlP4.slice(0, 1))}
<blockquote class="twitter-tweet" data-dnt="true">
<p lang="en" dir="ltr">Sold my old Aster seats for $150. Apparently I am a parts dealer now.</p>— Dave K (@davekwrench)
<a href="https://twitter.example/davekwrench/status/1">March 8, 2026</a></blockquote><script async src="https://platform.twitter.example/widgets.js"></script>
${jlAd}
${jlPs(jlP4.slice(1))}
</div></div></article>
<section class="read-more"><h2>${jlRead[0]}</h2><ul>${links(jlRead.slice(1))}</ul></section>
<section class="newsletter-signup"><h3>${jlNews[0]}</h3><form><label for="nl">${jlNews[1]}</label><input id="nl" type="email"><button>${jlNews[2]}</button>
</form>
<p class="fine-print">${jlNews[3]}</p></section></main>
<footer class="site-footer"><ul>${links(jlFoot)}</ul><div class="network"><h4>${jlSister[0]}</h4><ul>${links(jlSister.slice(1))}</ul></div><p>${jlCopy}</p>
</footer>
<div class="cmp-consent" role="dialog"><h2>${jlConsent[0]}</h2><p>${jlConsent[1]}</p><button>${jlConsent[2]}</button><button>${jlConsent[3]}</button></div>
</body></html>`;
const jalopnik: TestPage = {
  html: jlHtml,
  name: 'heldout210-jalopnik-article',
  kind: 'news',
  // the blockquoted staffer quote is body; the embedded social post is in neither list; the inline "Recommended" promo is furniture
  title: jlTitle,
  headings: [jlH1, jlH2],
  body: texts([...jlP1, ...jlP2, jlQuote, ...jlP3, ...jlP4]),
  bylines: ['By Collin Woodard', 'March 9, 2026 3:40 pm EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jlSlide, ...jlNav, jlCaption, jlCredit, 'Advertisement', ...jlRec, ...jlRead, ...jlNews, ...jlFoot, ...jlSister, jlCopy, ...jlConsent,
  ],
};

export const HELDOUT210_F: readonly TestPage[] = [jalopnik, clubPost];
