import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file b2: an Esquire politics news story on Hearst's templates (Emotion class names and data-theme-key
 * attributes; skip link, the header nav with "Esquire Select", "Subscribe" and "Sign In", the hidden menu drawer, section
 * label, headline, dek, the address byline with the writer's title, the "Published" time, the share and save buttons, the
 * lede image credit, body paragraphs with "Advertisement - Continue Reading Below" slots and a "Related Story" embed
 * between them, h2 subheads, the author bio, "More From Politics", the "Watch Next" video rail, the newsletter box and the
 * footer with the Hearst legal lines).
 */
const esTitle = 'The Mayor Who Banned Leaf Blowers Is Running for Congress. Seriously.';
const esDek = 'Teresa Okonjo-Halley turned a noise ordinance into a national punchline. Now she wants to turn it into a campaign.';
const esP1 = paras(`
Two years ago, almost nobody outside of Brindle Falls, Ohio, had heard of Teresa Okonjo-Halley. Then the town of 11,000 people, where
she has been mayor since 2019, became the first in the state to ban gas-powered leaf blowers, and for about a week she was the most
talked-about local official in America.

Talk-radio hosts called her a tyrant. A late-night monologue compared her to a hall monitor. Someone printed T-shirts with her face on
them and a word that cannot be printed here, one of which she says she still keeps in a drawer. On Wednesday morning, standing outside
the hardware store on Main Street, she announced that she is running for Congress in a newly drawn district that takes in Brindle
Falls and four neighboring counties.

“I know what people think this is about,” she told reporters. “It’s not about leaf blowers. It was never about leaf blowers. It was
about the fact that people on my street couldn’t hear themselves think on a Saturday, and nobody in government thought that was their
problem.”`);
const esH1 = 'From punchline to platform';
const esP2 = paras(`
The ordinance itself was modest. It phased out gas blowers over three years, offered rebates of up to $150 for electric models, and
exempted farms and the town’s own maintenance crews for the first year. Compliance, according to the town’s public works director, is
now above 90 percent, and noise complaints to the police department fell by more than half in 2024.

Okonjo-Halley’s bet is that the fight made her look like someone who does things, even unpopular things, and that voters in a district
full of retirees and young families will reward that. Her campaign’s first ad, released alongside the announcement, opens with a clip
of a cable host mocking her and then cuts to a quiet street at dawn.

“She took the punch and didn’t fall down,” said Colin Ashby, a Democratic strategist in Columbus who is not involved in the race.
“That’s worth more than people think.”`);
const esH2 = 'The obstacles';
const esP3 = paras(`
The district leans Republican by about six points, and the likely Republican nominee, state senator Brock Lindqvist, has already
started fund-raising off the blower ban. A mailer his campaign sent to donors last week shows Okonjo-Halley’s face next to the words
“She’s coming for your garage.”

She has other problems, too. She has never run for office outside Brindle Falls, her campaign had less than $200,000 in the bank as of
the announcement, and national Democratic groups have so far stayed out of the race.

Okonjo-Halley doesn’t seem worried. Asked whether she expected the leaf-blower jokes to follow her all the way to November, she
shrugged. “I hope they do,” she said. “Every time somebody makes one, I get another 50 donations.”`);
const esNav = ['Style', 'Culture', 'Politics', 'Lifestyle', 'Food & Drink', 'Esquire Select', 'Newsletter'];
const esShare = ['Share', 'Facebook', 'Pinterest', 'Email', 'Copy Link', 'Save Article'];
const esCredit = 'Alden Reyes/Getty Images';
const esAd = 'Advertisement - Continue Reading Below';
const esRelated = 'The Suburban Issue That Could Decide the House';
const esBio = ['Nadia Pereira-Wolfe is a senior writer at Esquire, where she covers politics and the people who practice it.'];
const esMore = [
  'Five Primaries to Watch This Spring',
  'The Senate’s Quietest Power Broker Is Finally Talking',
  'What the New District Maps Actually Mean',
  'A Governor, a Gun Range, and a Very Bad Week',
];
const esWatch = ['Watch Next', 'How a Political Ad Gets Made', 'Inside a Campaign’s Last 48 Hours'];
const esNews = [
  'Sign up for Esquire’s Politics Newsletter',
  'Get the week’s sharpest political coverage in your inbox.',
  'Enter your email address',
  'Sign Me Up',
  'By signing up, I agree to the Terms of Use (including the dispute resolution procedures) and have reviewed the Privacy Notice.',
];
const esFoot = [
  'Newsletter',
  'Contact Us',
  'Press',
  'Community Guidelines',
  'Advertise Online',
  'About Esquire',
  'Customer Service',
  'Give a Gift',
  'Other Hearst Subscriptions',
  'Events & Promotions',
];
const esLegal = [
  'A Part of Hearst Digital Media',
  'Esquire participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased ' +
    'through our links to retailer sites.',
  '©2025 Hearst Magazine Media, Inc. All Rights Reserved.',
];
const esLegalLinks = [
  'Privacy Notice',
  'CA Notice at Collection',
  'Your CA Privacy Rights/Shine the Light',
  'DAA Industry Opt Out',
  'Terms of Use',
  'Site Map',
];
let node = 0;
const esPs = (a: readonly string[]): string =>
  a.map((p) => `<p class="css-1pdyqrr emevuu60 body-text" data-journey-content="true" data-node-id="${++node}">${p}</p>`).join('\n');
const esH = (t: string): string => `<h2 class="css-vxp9ts e1b8ovs70 body-h2" data-node-id="${++node}" data-theme-key="body-h2">${t}</h2>`;
const esAdSlot = (n: number): string => `<div class="css-1jpc1m3 e1anwdoz0 ad-container" data-ad-slot="${n}" data-theme-key="ad-container">
<div class="css-1x0gqmh ad-disclaimer" data-theme-key="ad-disclaimer">${esAd}</div><div id="gpt-ad-vertical-${n}" class="ad-slot"></div></div>`;
const esBody = `${esPs(esP1.slice(0, 2))}
${esAdSlot(1)}
${esPs(esP1.slice(2))}
<div class="css-17ds2c0 embed embed-editorial-links" data-embed="editorial-links" data-node-id="${++node}">
<h3 class="css-1kphdw4 embed-title" data-theme-key="embed-title">Related Story</h3><ul class="css-n7ywsp"><li><a class="css-q8ggou"
href="https://www.esquire.com/news-politics/a63917242/suburban-voters-house-majority/"><span class="css-1f5uhgt">${esRelated}</span></a></li></ul></div>
${esH(esH1)}
${esPs(esP2)}
${esAdSlot(2)}
${esH(esH2)}
${esPs(esP3)}`;
const esHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leaf Blower Ban Mayor Teresa Okonjo-Halley Is Running for Congress</title>
<meta name="description" content="${esDek}"><meta property="og:site_name" content="Esquire"><meta property="og:type" content="article">
<meta property="og:title" content="${esTitle}"><meta name="sailthru.author" content="Nadia Pereira-Wolfe">
<meta property="article:published_time" content="2025-03-12T14:40:00Z"><meta property="article:section" content="Politics">
<link rel="canonical" href="https://www.esquire.com/news-politics/a64120987/leaf-blower-mayor-congress-run/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${esTitle}","description":"${esDek}",
"author":[{"@type":"Person","name":"Nadia Pereira-Wolfe","jobTitle":"Senior Writer"}],"datePublished":"2025-03-12T14:40:00Z",
"publisher":{"@type":"Organization","name":"Esquire","parentOrganization":{"@type":"Organization","name":"Hearst Magazine Media, Inc."}}}</script>
<script>window.__NEXT_DATA__ = {"props":{"pageProps":{"type":"standard-article","section":{"slug":"news-politics"},"id":"64120987"}}};</script>
<style data-emotion="css 1pdyqrr vxp9ts 1jpc1m3">.css-1pdyqrr{font-family:Hoefler,Georgia,serif;font-size:1.125rem;line-height:1.6;}</style></head>
<body class="css-1wgp1ch"><div id="__next"><a href="#main-content" class="css-1khj8jx e1c1rmul0 skip-link" data-theme-key="skip-link">Skip to Content</a>
<header class="css-1bw1pnx e1l4wlx50" data-theme-key="site-header"><div class="css-13o7eu2"><button class="css-1k8a3dd" aria-label="Open Menu"
data-theme-key="menu-button"><span class="css-1bn3p0x">Open Menu</span></button>
<a class="css-1ktybc9" href="/" aria-label="Esquire Logo"><svg class="css-1m0zbmu" aria-hidden="true"></svg></a>
<nav class="css-1o5ao0r" aria-label="Site Navigation"><ul class="css-7ckzpm">${links(esNav, 'css-17qqm3d e1jcrzoc0')}</ul></nav>
<div class="css-1gch4j0"><a class="css-1sj6p7m" href="https://www.esquire.com/subscribe/" data-theme-key="subscribe-link">Subscribe</a>
<a class="css-1l6b7ax" href="https://www.esquire.com/auth/login" data-theme-key="sign-in-link">Sign In</a></div></div>
<div class="css-1d0hjg6 menu-drawer" hidden aria-hidden="true"><ul>${links(esNav, 'css-1hkj3rm')}</ul><span>Close Menu</span></div></header>
<main id="main-content" class="css-1x3x5u7"><div class="css-1kh8hwb e1ruq5ui0" data-theme-key="content-header">
<div class="css-1ydnh9t"><a class="css-1kfj3wd e1a1zhna0 content-section" href="/news-politics/" data-theme-key="content-header-section">Politics</a></div>
<h1 class="css-1w2l6y3 e1s2j6gv0" data-theme-key="custom-header-title">${esTitle}</h1>
<div class="css-tkprph e1ou0swd0 content-dek" data-theme-key="custom-header-dek"><p>${esDek}</p></div>
<address class="css-1xh0p0n e1d8azsp0 byline-container"><div class="css-7kg8ge"><span class="css-1b76pgv byline-name" data-theme-key="by-line-name">By
<a class="css-1pwtxi1 byline-link" href="https://www.esquire.com/author/278133/nadia-pereira-wolfe/" rel="author">Nadia Pereira-Wolfe</a></span>
<span class="css-1i8v0vg byline-title" data-theme-key="by-line-title">Senior Writer</span></div></address>
<div class="css-1v6q1k6 content-info"><time class="css-1lwuc5s content-info-date" datetime="2025-03-12T14:40:00Z"
data-theme-key="content-info-date">Published: Mar 12, 2025 10:40 AM EDT</time></div>
<div class="css-10ngr8i share-bar" data-theme-key="share-bar">${esShare
  .map((t) => `<button class="css-1x0rvh6 share-button" data-vars-ga-social="${t.toLowerCase()}"><span class="css-1q9e1bo">${t}</span></button>`)
  .join('\n')}</div></div>
<div class="css-1bgf0h6 content-lede-image-wrap"><figure class="css-18tx9jm"><picture><img class="css-1q2e5jb" alt="mayor teresa okonjo halley"
src="https://hips.hearstapps.example/hmg-prod/images/okonjo-halley.jpg?crop=1xw:0.84xh&amp;resize=1200:*"></picture>
<figcaption class="css-1ubkgc0"><span class="css-1r1q7tw image-credit" data-theme-key="image-credit">${esCredit}</span></figcaption></figure></div>
<div class="css-1ezlaye article-body-content standard-body-content" data-journey-content="true" data-theme-key="article-body-content">
${esBody}
</div>
<div class="css-4tf7xm author-bio" data-theme-key="author-bio"><img alt="Headshot of Nadia Pereira-Wolfe" class="css-1wajcsi"
src="https://hips.hearstapps.example/rover/profile_photos/npw.jpg"><div class="css-1l2j1bk"><a class="css-1eq2bwb author-bio-name"
href="https://www.esquire.com/author/278133/nadia-pereira-wolfe/">Nadia Pereira-Wolfe</a><span class="css-1i8v0vg author-bio-title">Senior Writer</span>
<p class="css-1n5awvl author-bio-text">${esBio[0]}</p></div></div>
<section class="css-1f5cpz2 more-from" data-theme-key="more-from"><h2 class="css-1q8wz1j">More From Politics</h2><ul class="css-1avjkve">
${esMore
  .map(
    (t, i) => `<li class="css-1ot3yfb"><a href="https://www.esquire.com/news-politics/a6411${i}/"><span class="css-1v2ql6a">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></section>
<section class="css-1yr1dm0 watch-next" data-theme-key="watch-next"><h2 class="css-kcd1bq">${esWatch[0]}</h2><ul>
${esWatch
  .slice(1)
  .map((t) => `<li class="css-1a4yvz0"><a href="/video/${t.length}/"><span class="css-1tkmwh0">${t}</span></a></li>`)
  .join('\n')}</ul></section>
<aside class="css-1f3ty2m newsletter-box" data-theme-key="newsletter-box"><h2 class="css-1ofx69p">${esNews[0]}</h2><p>${esNews[1]}</p>
<form class="css-qz8xbx"><label class="css-1bn3p0x" for="nl-email">${esNews[2]}</label><input id="nl-email" type="email">
<button class="css-1bt8ejq" type="submit">${esNews[3]}</button></form><p class="css-1o3hv6t">${esNews[4]}</p></aside></main>
<footer class="css-1cx0ywl e1hm3uf80" data-theme-key="site-footer"><ul class="css-16l1wbh">${links(esFoot, 'css-1l9jxd6')}</ul>
<div class="css-f3j9vy"><p class="css-1dlv9v7">${esLegal[0]}</p><p class="css-1ve0ih6">${esLegal[1]}</p><p class="css-1ve0ih6">${esLegal[2]}</p>
<ul class="css-1mh5vjk">${links(esLegalLinks, 'css-1l9jxd6')}</ul></div></footer></div>
<script id="__NEXT_DATA_SCRIPT__" src="https://www.esquire.com/_next/static/chunks/pages/article-3b5e1f.js" defer></script></body></html>`;
export const esquire: TestPage = {
  html: esHtml,
  name: 'heldout147-esquire-news',
  kind: 'news',
  // the dek is body; the section label, "Senior Writer", share and save buttons, credit, the ad labels and "Related
  // Story" embed between paragraphs, bio, "More From Politics", "Watch Next", newsletter and footer are furniture
  title: esTitle,
  headings: [esH1, esH2],
  body: [esDek, ...texts(esP1), ...texts(esP2), ...texts(esP3)],
  bylines: ['By Nadia Pereira-Wolfe', 'Nadia Pereira-Wolfe', 'Published: Mar 12, 2025 10:40 AM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Open Menu', ...esNav, 'Subscribe', 'Sign In', 'Close Menu', 'Senior Writer', ...esShare, esCredit, esAd, 'Related Story',
    esRelated, ...esBio, 'More From Politics', ...esMore, ...esWatch, ...esNews, ...esFoot.filter((t) => t !== 'Newsletter'), ...esLegal, ...esLegalLinks,
  ],
};
