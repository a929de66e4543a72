import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 88, file d2: a tech news post in The Verge's current "duet" template, for an invented site (skip link,
 * header nav with the hamburger button, "Subscribe" and "Sign In", the topic group links, headline and dek, the "by"
 * byline, the "Updated" timestamp, the comment count button, the "Link", "Share" and "Gift" buttons, the lead image with
 * credit, an inline "Related" card list with h2 and titled links between paragraphs, a section heading, the "Follow topics
 * and authors" box, the closing comments button, "Most Popular" rail, and the footer).
 */
const vgTitle = 'Lumen is shutting down its smart home hub, and owners have 90 days to move their devices';
const vgDek = 'The company says its cloud service will go offline in February. Some devices will keep working locally. Many will not.';
const vgP1 = [
  'Lumen, the smart home company best known for its hexagonal wall panels and the Lumen Hub, is shutting down the cloud ' +
    'service that powers its app. In an email sent to customers on Wednesday, the company said the service will go offline ' +
    'on February 10th, 2026, and that owners should “begin moving devices to another platform as soon as possible.”',
  'The shutdown affects the Lumen Hub and every device that depends on it, including the company’s light panels, smart ' +
    'plugs, and motion sensors. After February 10th, the Lumen app will stop working, automations will stop running, and ' +
    'voice assistant integrations will be switched off.',
  'Lumen says it is “winding down operations” after failing to find a buyer. The company raised more than $60 million in ' +
    'venture funding and sold an estimated 400,000 hubs since its launch in 2019.',
];
const vgH1 = 'What still works';
const vgP2 = [
  'There is some good news for owners. Lumen says it pushed a final firmware update this week that enables Matter support ' +
    'on the second-generation hub, which means the hub and the devices connected to it can be added to Apple Home, Google ' +
    'Home, Amazon Alexa, or Home Assistant and controlled locally without the Lumen cloud.',
  'The first-generation hub, which Lumen stopped selling in 2022, does not get the update. Owners of that model will be ' +
    'left with light panels that can only be switched on and off at the wall.',
  'Lumen is offering owners of the original hub a 50 percent discount code for a hub from one of three partner companies, ' +
    'though it did not say which ones. I have asked the company for details and will update this story if I hear back.',
  'The news is the latest in a long line of smart home shutdowns that have left customers with hardware that stops working ' +
    'when a company’s servers go dark. It is also exactly the kind of situation Matter was supposed to prevent, and a ' +
    'reminder that the standard only helps if companies ship it to the devices people already own.',
  'If you have a second-generation Lumen Hub, the company recommends installing the update now, while the app can still ' +
    'walk you through pairing it with another platform. After February, you will need to factory reset the hub to add it ' +
    'to anything new.',
];
const vgNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'AI', 'Policy'];
const vgGroups = ['Smart Home', 'Tech', 'News'];
const vgCredit = 'Image: Lumen';
const vgRelated = [
  'Another smart home company is bricking its customers’ devices',
  'Matter 1.4 is here, and it finally fixes multi-admin',
  'The best smart home hubs you can buy right now',
];
const vgFollow = 'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.';
const vgPopular = [
  'The best cheap phones you can buy right now',
  'A new handheld gaming PC has a screen you can detach',
  'Here’s everything announced at this week’s chip event',
  'Your next TV remote might not have any buttons',
];
const vgFoot = [
  'Terms of Use',
  'Privacy Notice',
  'Cookie Policy',
  'Do Not Sell Or Share My Personal Info',
  'Licensing FAQ',
  'Accessibility',
  'Platform Status',
  'Contact',
  'Tip Us',
  'Community Guidelines',
  'Ethics Statement',
];
const vgP = (a: readonly string[]): string =>
  a
    .map(
      (p) => `<div class="duet--article--article-body-component"><p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph
_1ymtmqpi _17nnmdy1 _17nnmdy0 _1xwtict1">${p}</p></div>`,
    )
    .join('\n');
const vgSep = '<span aria-hidden="true">/</span>';
const vgHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lumen is shutting down its smart home hub | The Relay</title><meta name="description" content="${vgDek}">
<meta property="og:title" content="${vgTitle}"><meta property="og:type" content="article"><meta name="parsely-section" content="Smart Home">
<link rel="canonical" href="https://www.therelay.example/news/819244/lumen-smart-home-hub-shutdown-matter-update">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vgTitle}","description":"${vgDek}",
"datePublished":"2025-11-12T17:30:00.000Z","dateModified":"2025-11-12T18:12:00.000Z","author":[{"@type":"Person","name":"Jordan Ekwueme"}],
"publisher":{"@type":"Organization","name":"The Relay"}}</script>
<link rel="stylesheet" href="/_next/static/css/a81f6d0c42b6e1a3.css"></head>
<body><div id="__next"><a class="_1e6j2p30" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation _15c1zkl0"><a href="/" aria-label="The Relay homepage" class="_15c1zkl1"><svg></svg></a>
<nav aria-label="Primary"><ul>${links(vgNav, '_15c1zkl2')}</ul></nav><button aria-label="Expand" class="_15c1zkl3"><span>Hamburger Navigation Button</span>
</button>
<a class="_15c1zkl4" href="/subscribe">Subscribe</a><a class="_15c1zkl4" href="/login">Sign In</a></header>
<main id="content"><article class="duet--article--lede _1x5yq0w0"><div class="duet--article--lede-groups _1x5yq0w1">
${vgGroups.map((g) => `<a class="duet--cta--group-link" href="/${g.toLowerCase().replace(/ /g, '-')}">${g}</a>`).join(vgSep)}</div>
<h1 class="_8enl992 _8enl991 _8enl990 _1xwtict9">${vgTitle}</h1><p class="duet--article--dek _1xwtict8">${vgDek}</p>
<div class="duet--article--byline _1x5yq0w2"><span>by</span> <a href="/authors/jordan-ekwueme" class="_1x5yq0w3">Jordan Ekwueme</a>
<time datetime="2025-11-12T18:12:00.000Z" class="duet--article--timestamp">Updated Nov 12, 2025, 6:12 PM UTC</time></div>
<div class="duet--article--share-bar _1x5yq0w4"><button class="duet--article--comments-link"><span class="_1x5yq0w5">81</span>
<span class="_1x5yq0w6">Comments</span></button><button>Link</button><button>Share</button><button>Gift</button></div>
<figure class="duet--article--lede-image"><img alt="The Lumen Hub on a shelf" src="https://platform.therelay.example/lumen-hub.jpg" width="2040" height="1360">
<figcaption><cite class="duet--media--caption">${vgCredit}</cite></figcaption></figure></article>
<div class="duet--layout--entry-body-container _1x5yq0w7"><div class="duet--article--article-body _1x5yq0w8">
${vgP(vgP1.slice(0, 2))}
<div class="duet--article--related-list _1x5yq0w9"><h2 class="_1x5yq0wa">Related</h2><ul>
${vgRelated.map((t, i) => `<li class="_1x5yq0wb"><a href="/news/81${i}000/related">${t}</a></li>`).join('\n')}</ul></div>
${vgP(vgP1.slice(2))}
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup _1xwtict4">${vgH1}</h2></div>
${vgP(vgP2)}
</div>
<div class="duet--article--follow-box _1x5yq0wc"><p>${vgFollow}</p><ul>
${[...vgGroups, 'Jordan Ekwueme'].map((t) => `<li><button class="duet--cta--follow"><span class="_1x5yq0wd">${t}</span></button></li>`).join('\n')}</ul></div>
<div class="duet--article--comments-cta"><button class="_1x5yq0we">81 Comments</button></div></div>
<aside class="duet--recirculation--most-popular _1x5yq0wf"><h2>Most Popular</h2><ol>${links(vgPopular, '_1x5yq0wg')}</ol></aside></main>
<footer class="duet--navigation--footer"><ul>${links(vgFoot, '_1x5yq0wh')}</ul><p>© 2025 Sable Media, LLC. All Rights Reserved</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"EntryLayoutQuery"}]}}}}</script>
</body></html>`;
export const vergeTech: TestPage = {
  html: vgHtml,
  name: 'heldout88-verge-tech-news',
  kind: 'news',
  // the dek is body; the topic group links, comment counts, share buttons, credit, the inline "Related" list (its h2 too),
  // the follow box, the rail and footer are furniture
  title: vgTitle,
  headings: [vgH1],
  body: [vgDek, ...texts(vgP1), ...vgP2],
  bylines: ['Jordan Ekwueme', 'Updated Nov 12, 2025, 6:12 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vgNav, 'Hamburger Navigation Button', 'Subscribe', 'Sign In', 'Smart Home', 'News', '81', 'Comments', 'Link', 'Share',
    'Gift', vgCredit, 'Related', ...vgRelated, vgFollow, '81 Comments', 'Most Popular', ...vgPopular, ...vgFoot,
    '© 2025 Sable Media, LLC. All Rights Reserved',
  ],
};
