import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 107, file e2: a news story on The Verge (Vox Media "duet" template: "Skip to main content", the header
 * with the Verge nav, "Subscribe" and "Sign in", the topic group links, headline and dek, the byline with "Posted" time and
 * "Comments" count, the author follow buttons, the lead image caption and credit, the body with an inline "Related" list,
 * the "Follow topics and authors" panel with "Follow" buttons, the "Most Popular" rail, the newsletter box "Installer",
 * "Advertiser Content From", and the footer).
 */
const vgTitle = 'Lumora is pulling the plug on its first smart speakers, and owners have 90 days';
const vgDek = 'The company says the speakers will stop working entirely in February, and it is offering a discount on newer models.';
const vgP = [
  'Lumora is ending support for the first-generation Lumora Home speakers it sold between 2018 and 2020, and the devices will stop working ' +
    'entirely after February 14th, the company told owners in an email on Tuesday.',
  'After that date, the speakers will no longer connect to Lumora’s servers, which means voice commands, music streaming, and multiroom ' +
    'playback will all stop. The company says the speakers cannot be updated to run its current software because they do not have enough memory.',
  'Owners who registered their speakers will be offered 40 percent off a new Lumora Home 3, which normally sells for $179. That is a better ' +
    'deal than some past shutdowns, but it still means people are being asked to pay to replace hardware that works.',
  'In a support document, Lumora says the speakers have “reached the end of their supported life” and that keeping the old servers running ' +
    'poses a security risk. The company says about 4 percent of its active speakers are affected.',
  'The shutdown has frustrated owners on the company’s forums, where some said they had bought several of the speakers for different rooms as ' +
    'recently as 2021, after they were discounted.',
  'Lumora has not said whether it will release any way to use the speakers locally, such as a Bluetooth-only mode. When asked by <em>The ' +
    'Verge</em>, a spokesperson said the company was “exploring options” but had nothing to announce.',
  'It is the latest example of smart home hardware being turned off by the company that made it. Consumer groups have been pushing for rules ' +
    'that would require companies to tell buyers at the time of sale how long a connected device will be supported.',
  'We will update this story if Lumora announces a local mode before February.',
];
const vgNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'AI', 'Policy', 'Hamburger Navigation Button'];
const vgTopics = ['Gadgets', 'News', 'Smart Home', 'Tech'];
const vgCaption = 'The first-generation Lumora Home will stop working in February.';
const vgCredit = 'Image: Lumora';
const vgRelated = ['Related', 'Your smart home is only as reliable as the company behind it', 'Lumora Home 3 review: better sound, same old app'];
const vgFollow = [
  'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.',
  'Priya Natarajan',
];
const vgMost = [
  'Most Popular',
  'The best laptop deals of the week',
  'A new phone cleared its certification and the specs leaked',
  'The most-watched streaming shows this month',
  'Why every TV is now a billboard',
];
const vgNews = [
  'Installer',
  'A weekly newsletter from The Verge about the best stuff to watch, read, play, download, and more.',
  'Email (required)',
  'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy and ' +
    'Terms of Service apply.',
];
const vgAdv = ['Advertiser Content From', 'Apex Systems'];
const vgFoot = [
  'Terms of Use',
  'Privacy Notice',
  'Cookie Policy',
  'Do Not Sell Or Share My Personal Info',
  'Licensing FAQ',
  'Accessibility',
  'Platform Status',
  'How We Rate and Review Products',
  'Contact',
  'Tip Us',
  'Community Guidelines',
  'About',
  'Ethics Statement',
];
const vgCopy = '© 2025 Vox Media, LLC. All Rights Reserved';
const vgP_ = (p: string): string =>
  `<div class="duet--article--article-body-component">
<p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi _1agbrixh">${p}</p></div>`;
const vgHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${vgTitle} | The Verge</title>
<meta name="description" content="${vgDek}"><meta property="og:title" content="${vgTitle}"><meta property="og:site_name" content="The Verge">
<meta name="parsely-type" content="post"><meta name="parsely-section" content="Smart Home">
<link rel="canonical" href="https://www.theverge.com/news/812345/lumora-home-speakers-shutdown">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vgTitle}","description":"${vgDek}",
"datePublished":"2025-11-11T19:42:13.000Z","author":[{"@type":"Person","name":"Priya Natarajan",
"url":"https://www.theverge.com/authors/priya-natarajan"}]}]</script>
<link rel="stylesheet" href="/_next/static/css/4d9b1c2e3f.css"></head>
<body><div id="__next"><a href="#content" class="_1yrkb0k0">Skip to main content</a>
<header class="duet--navigation--navigation _1ymtmqpf"><a href="/" aria-label="The Verge homepage"><svg></svg></a><nav aria-label="main"><ul class="_1ymtmqp3">
${vgNav
  .slice(0, 6)
  .map((t) => `<li><a href="/${t.toLowerCase()}" class="_1ymtmqp5">${t}</a></li>`)
  .join('')}
<li><button class="_1ymtmqp7"><span class="sr-only">${vgNav[6]}</span></button></li></ul></nav>
<div class="_1ymtmqp9"><a href="/subscribe" class="_1ymtmqpa">Subscribe</a><a href="/login" class="_1ymtmqpb">Sign in</a></div></header>
<main id="content"><article class="duet--article--article _1c7ojdo0" id="zephr-anchor"><div class="_1c7ojdo1">
<div class="duet--article--article-groups _1bbg1an0"><ul class="_1bbg1an1">${links(vgTopics, '_1bbg1an2')}</ul></div>
<h1 class="_1ngmxtu0 _1ngmxtu1">${vgTitle}</h1><p class="_1ngmxtu2 duet--article--dek">${vgDek}</p>
<div class="duet--article--article-byline _1xwtict1"><p class="duet--article--byline _1xwtict9"><span class="_1xwticta">by</span>
<span class="_1xwtictb"><a href="/authors/priya-natarajan" class="_1xwtictc">Priya Natarajan</a></span></p>
<div class="duet--article--timestamp _1xwtictd"><time datetime="2025-11-11T19:42:13.000Z">Nov 11, 2025, 7:42 PM UTC</time></div>
<a href="#comments" class="_1xwticte"><span class="_1xwtictf">37</span> Comments</a></div>
<figure class="duet--article--lede-image _1wdcf0k0"><img alt="A fabric-covered smart speaker on a shelf"
src="https://platform.theverge.example/wp-content/uploads/lumora.jpg"
sizes="(max-width: 768px) 100vw, 1200px"><figcaption class="_1wdcf0k1"><span class="duet--media--caption">${vgCaption}</span>
<cite class="duet--media--credit _1wdcf0k2">${vgCredit}</cite></figcaption></figure>
<div class="duet--layout--entry-body-container _1c7ojdo5">
${vgP.slice(0, 3).map(vgP_).join('\n')}
<div class="duet--article--article-body-component"><div class="duet--article--related-list _1k0nqbt0"><h4 class="_1k0nqbt1">${vgRelated[0]}</h4>
<ul>${links(vgRelated.slice(1), '_1k0nqbt2')}</ul></div></div>
${vgP.slice(3).map(vgP_).join('\n')}
</div>
<div class="duet--recirculation--follow-panel _8rlh5i0"><p class="_8rlh5i1">${vgFollow[0]}</p><ul>
<li><span class="_8rlh5i2">${vgFollow[1]}</span><button class="_8rlh5i3">Follow</button></li>
${vgTopics.map((t) => `<li><span class="_8rlh5i2">${t}</span><button class="_8rlh5i3">Follow</button></li>`).join('\n')}</ul>
<a href="/authors/priya-natarajan" class="_8rlh5i4">See All by Priya Natarajan</a></div>
<div id="comments" class="duet--article--comments-join-the-conversation"><a href="#comments">Comments</a></div></div></article>
<aside class="_1c7ojdoa"><div class="duet--recirculation--most-popular"><h2>${vgMost[0]}</h2><ol>${links(vgMost.slice(1), '_3e3oxj1')}</ol></div>
<div class="duet--recirculation--newsletter-box"><h3>${vgNews[0]}</h3><p>${vgNews[1]}</p><form><label for="nl">${vgNews[2]}</label>
<input id="nl" type="email"><button type="submit">Sign Up</button></form><p class="_s1n6z1">${vgNews[3]}</p></div>
<div class="duet--ad--native-ad-rail"><span>${vgAdv[0]}</span><span>${vgAdv[1]}</span></div></aside></main>
<footer class="duet--navigation--footer _1yntgy0"><ul>${links(vgFoot, '_1yntgy1')}</ul><p>${vgCopy}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[]}}},"page":"/[...slugs]"}</script></body></html>`;
export const vergeStory: TestPage = {
  html: vgHtml,
  name: 'heldout107-theverge-news',
  kind: 'news',
  // the dek is body; "by", the author and the time are bylines; the comment count, topic groups, caption and credit, the
  // inline "Related" list, the follow panel, rails, newsletter box and footer are furniture
  title: vgTitle,
  headings: [],
  body: texts([vgDek, ...vgP]),
  bylines: ['Priya Natarajan', 'Nov 11, 2025, 7:42 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vgNav, 'Subscribe', 'Sign in', ...vgTopics, '37 Comments', vgCaption, vgCredit, ...vgRelated, ...vgFollow.slice(0, 1), 'Follow',
    'See All by Priya Natarajan', ...vgMost, ...vgNews, 'Sign Up', ...vgAdv, ...vgFoot, vgCopy,
  ],
};
