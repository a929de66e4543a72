import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 234, file a2: a Komoot collection page (header nav, creator line with follow button, save/share bar,
 * collection intro, numbered tour cards whose names are h3s and whose stats are furniture, app promo, cookie dialog, footer).
 */
const kmTitle = 'Four days on the Lindenau Hills gravel loop';
const kmIntro = [
  'This collection is the route I wish I had found before my first trip through the Lindenau Hills: four stages, mostly on ' +
    'forest roads and farm tracks, with a bed and a proper dinner at the end of each day. It suits a gravel bike with 40 mm ' +
    'tyres or wider. A loaded touring bike will manage, but expect to push on two short climbs.',
  'Every stage starts and ends at a village with a railway station, so you can cut the loop short if the weather turns.',
];
const kmStages = ['Stage 1: Aldorf to Kessel', 'Stage 2: Kessel to the Brenn reservoir', 'Stage 3: Over the Hohwald ridge', 'Stage 4: Back to Aldorf'];
const kmStageText = [
  'An easy warm-up along the river on compacted gravel. The bakery in Wendt opens at seven and is the last food stop for 30 km.',
  'The longest day. The track around the reservoir is lovely but exposed; fill your bottles at the dam café before the climb.',
  'Short but steep. The ridge track is rocky for about 3 km and I walked the worst of it. The view over the valley makes up for it.',
  'Mostly downhill on smooth forest roads, with a final stretch of quiet tarmac into Aldorf. Finish with cake at the station kiosk.',
];
const kmOutro = [
  'I rode this in late September and had the tracks almost to myself. In summer the reservoir section gets busy with walkers, so ' +
    'ride it early and give way generously.',
];
const kmNav = ['Discover', 'Route planner', 'Features', 'Shop'];
const kmFoot = ['About komoot', 'Careers', 'Press', 'Help', 'Terms of Service', 'Privacy Policy', 'Imprint', 'Cookie settings'];
const kmStats = ['58.2 km', '74.9 km', '41.6 km', '52.3 km'];
const kmCards = kmStages
  .map(
    (s, i) => `<li class="tw-mb-6" data-test-id="collection_item"><div class="css-1q9 tour-card"><h3 class="tw-font-bold">${s}</h3>
<div class="tour-stats"><span title="Distance">${kmStats[i]}</span><span title="Difficulty">Intermediate</span></div>
<p class="tw-text-sm">${kmStageText[i]}</p><button class="save-tour">Save tour</button></div></li>`,
  )
  .join('\n');
const kmHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kmTitle} | Collection by Marlies Vogt | komoot</title>
<meta property="og:title" content="${kmTitle}"><meta property="og:site_name" content="komoot"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"${kmTitle}","numberOfItems":4}</script>
<script src="https://www.komoot.com/assets/client.3be1.js" defer></script></head>
<body><div id="pageMountNode"><header class="c-header"><a href="/" aria-label="komoot home"></a><nav><ul>${links(kmNav)}</ul></nav>
<a href="/signin">Log in</a><a class="btn-primary" href="/signup">Sign up</a></header>
<main class="collection-page"><div class="css-hero"><img src="https://d2exd72xrrp1s7.cloudfront.net/www/collection-cover.jpg" alt="">
<span class="tw-uppercase">Collection</span>
<h1 class="tw-text-3xl">${kmTitle}</h1><div class="creator"><a href="/user/881234">Marlies Vogt</a><button>Follow</button></div>
<ul class="collection-meta"><li>4 Tours</li><li>15:20 h</li><li>227 km</li><li>3,140 m</li></ul>
<div class="actions"><button>Save</button><button>Share</button><button>Plan your own</button></div></div>
<div class="collection-description">${kmIntro.map((p) => `<p>${p}</p>`).join('')}</div>
<ol class="collection-items">${kmCards}</ol><div class="collection-description-end"><p>${kmOutro[0]}</p></div>
<aside class="app-promo"><p>Get the komoot app for turn-by-turn navigation</p><a href="/app">Download app</a></aside>
<section class="similar"><h2>More collections like this</h2>
<ul>${links(['Bikepacking the Eastern Moors', 'Gravel classics around the Lindenau Hills'])}</ul></section></main>
<footer class="c-footer"><ul>${links(kmFoot)}</ul><p>© komoot GmbH</p></footer></div>
<div role="dialog" aria-modal="true" class="gdpr-banner"><p>We use cookies and similar technologies to personalise content and measure our marketing.</p>
<button>Accept all</button><button>Reject all</button><button>Customise</button></div></body></html>`;

export const KOMOOT_PAGE: TestPage = {
  name: 'heldout234-komoot-collection-blog',
  kind: 'blog',
  html: kmHtml,
  title: kmTitle,
  headings: kmStages,
  body: texts([...kmIntro, ...kmStageText, ...kmOutro]),
  bylines: ['Marlies Vogt'],
  // biome-ignore format: packed
  furniture: [
    ...kmNav, 'Log in', 'Sign up', 'Collection', 'Follow', '4 Tours', '15:20 h', '227 km', '3,140 m', 'Save', 'Share', 'Plan your own',
    ...kmStats, 'Intermediate', 'Save tour', 'Get the komoot app for turn-by-turn navigation', 'Download app', 'More collections like this',
    'Bikepacking the Eastern Moors', 'Gravel classics around the Lindenau Hills', ...kmFoot, '© komoot GmbH',
    'We use cookies and similar technologies to personalise content and measure our marketing.', 'Accept all', 'Reject all', 'Customise',
  ],
};
