import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 51, file d2: a Google Play app details page as a signed-out visitor in the UK saves it in 2025 (the
 * obfuscated class names of the Play web app, the top bar with its tabs, the app header with developer link, the
 * ads/in-app purchase line, the stats row, "Install", "Share" and "Add to wishlist", screenshots, "About this app" with the
 * description in a data-g-id div (bold lines and bullet lines), "Updated on" and category chips, "Data safety", the
 * ratings block with device tabs and bars, three review cards with helpful counts, a developer reply, "What’s new", the
 * "App support" panel, "Similar apps" and the long footer).
 */
const gpTitle = 'Wayline: Offline Trail Maps';
const gpDev = 'Wayline Outdoors';
const gpIntro = [
  'Wayline puts detailed walking and cycling maps on your phone that keep working when the signal drops. Download a region ' +
    'once at home, and on the hill you get contours, paths, bothies, water sources and the nearest bus stop, all without a ' +
    'single bar of coverage.',
  'The maps are built from OpenStreetMap and updated every week, with hill shading and footpath data checked by a team of ' +
    'volunteer surveyors in Scotland, Wales and the Lake District. GPS tracking runs for a full day on one charge because ' +
    'Wayline only wakes the location sensor as often as your pace needs.',
  'Wayline is made by a small team in Leeds who walk, cycle and get lost for a living. There is no account to create, and ' +
    'nobody sees where you have been unless you choose to send it to them.',
];
const gpH1 = 'Key features';
const gpFeatures = [
  'Offline maps for the whole of Great Britain and Ireland, downloaded by region',
  'Plan a route by tapping the map; Wayline snaps it to paths and shows the climb',
  'Import GPX files from friends, guidebooks and other apps',
  'Live sunset and “last safe turnaround” warnings based on your speed',
  'Share your position with a contact by text message, even on a weak signal',
];
const gpH2 = 'Wayline Pro';
const gpPro = [
  'The maps, route planning and tracking are free. Wayline Pro adds 1:25,000 detail, 3D terrain, weather on the route and ' +
    'unlimited offline regions for £3.49 a month or £24.99 a year, with a seven-day free trial.',
  'Questions or a path that has gone missing? Write to us from the Help page in the app. We read every message, and we fix ' +
    'map errors in the next weekly update.',
];
const gpNew = 'Version 5.2: faster region downloads, a new dark map style for night walks, and the compass no longer spins on some Pixel phones.';
interface GpReview {
  who: string;
  stars: number;
  when: string;
  text: string;
  helpful: string;
  reply?: { when: string; text: string };
}
const gpReviews: GpReview[] = [
  {
    who: 'Catriona MacLeod',
    stars: 5,
    when: 'November 16, 2025',
    text:
      'Used it for the whole of the West Highland Way with no signal for hours at a time. Battery lasted every day and the ' +
      'bothy markers saved us once in the rain.',
    helpful: '84 people found this review helpful',
  },
  {
    who: 'D. Hughes',
    stars: 2,
    when: 'November 3, 2025',
    text: 'Maps are great but the app lost my recorded track twice after an update. Very frustrating after a long day.',
    helpful: '31 people found this review helpful',
    reply: {
      when: 'November 4, 2025',
      text: 'Sorry about that. Version 5.1.2 fixed the bug that closed tracks after an update. Please email us and we will help ' + 'recover the lost ones.',
    },
  },
  {
    who: 'Ravi Anand',
    stars: 4,
    when: 'October 27, 2025',
    text: 'Brilliant for planning. Would like the ability to print a route as a PDF for those of us who still carry paper.',
    helpful: '12 people found this review helpful',
  },
];
const gpTabs = ['Games', 'Apps', 'Movies & TV', 'Books', 'Kids'];
const gpStats = ['4.6', 'star', '9.12K reviews', '500K+', 'Downloads', 'Everyone', 'info'];
const gpChips = ['Maps & Navigation', 'Outdoor', 'Hiking'];
const gpSafety = [
  'Safety starts with understanding how developers collect and share your data. Data privacy and security practices may vary ' +
    'based on your use, region, and age. The developer provided this information and may update it over time.',
  'No data shared with third parties',
  'This app may collect these data types',
  'Location, App activity and App info and performance',
  'Data is encrypted in transit',
  'You can request that data be deleted',
];
const gpSupport = [
  'Website',
  'Support email',
  'help@wayline.example',
  'Privacy Policy',
  'About the developer',
  'Wayline Outdoors Ltd',
  '14 Canal Wharf, Leeds',
];
const gpSimilar = ['OS Maps: Walking & Bike Trails', 'Komoot — Hike, Bike & Run', 'Fellwalk: Lake District Routes', 'Topo GB'];
// biome-ignore format: the footer columns are packed several to a line to keep the file short
const gpFoot = ['Google Play', 'Play Pass', 'Play Points', 'Gift cards', 'Redeem', 'Refund policy', 'Kids & family', 'Parent Guide', 'Family sharing',
  'Terms of Service', 'Privacy', 'About Google Play', 'Developers', 'Google Store', 'All prices include VAT.', 'United Kingdom (English (United Kingdom))'];
const gpReview = (r: GpReview): string => `<div class="EGFGHd"><header class="c1bOId" data-review-id="gp:AOqpTO${r.stars}"><div class="YNR7H">
<div class="gSGphe"><img class="abYEib" src="https://play-lh.googleusercontent.com/a/default-user=s32" alt=""><div class="X5PpBb">${r.who}</div></div>
<div class="VfPpkd-Bz112c-LgbsSe" role="button" aria-label="More review actions"></div></div><div class="Jx4nYe">
<div class="iXRFPc" aria-label="Rated ${r.stars}
 stars out of five stars" role="img"></div><span class="bp9Aid">${r.when}</span></div></header><div class="h3YV2d">${r.text}</div>
<div class="AJTPZc">${r.helpful}</div><footer class="Jc6FBf"><div class="b6SkTb">Did you find this helpful?</div><div class="ZZrFNd" role="group">
<span class="VfPpkd-vQzf8d" aria-hidden="true">Yes</span><span class="VfPpkd-vQzf8d" aria-hidden="true">No</span></div></footer>${
  r.reply === undefined
    ? ''
    : `<div class="ocpBU"><div class="T6E0ze"><div class="I9Jtec">${gpDev}</div><div class="I9Jtec">${r.reply.when}</div></div><div class="ras4vb">
<div>${r.reply.text}</div></div></div>`
}</div>`;
const gpHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><title>${gpTitle} - Apps on Google Play</title>
<meta name="description" content="Offline walking and cycling maps with route planning, GPX import and tracking that lasts all day.">
<script type="application/ld+json" nonce="pDx3m2">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${gpTitle}",
"url":"https://play.google.com/store/apps/details/Wayline?id=app.wayline.maps&hl=en_GB",
"description":"Wayline puts detailed walking and cycling maps on your phone …",
"operatingSystem":"ANDROID","applicationCategory":"TRAVEL_AND_LOCAL","contentRating":"Everyone","author":{"@type":"Person","name":"${gpDev}"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","ratingCount":"9120"},"offers":[{"@type":"Offer","price":"0","priceCurrency":"GBP"}]}</script>
<style nonce="pDx3m2">.bARER{white-space:pre-wrap}.VfPpkd-vQzf8d{position:relative}</style></head>
<body jscontroller="pjICDe" class="tQj5Y ghyPEc IqBfM ecJEib EWZcud"><div class="T4LgNb" jsname="a9kxte"><header class="kFwPee" role="banner">
<div class="tZEdV"><a class="f0UV3d" href="/store/games" aria-label="Google Play logo"><span>Google Play</span></a></div><nav class="oVnAB" role="navigation">
<ul class="aBjUHd">${links(gpTabs, 'PshwNb')}</ul></nav><div class="oA0qPe"><button aria-label="Search Google Play" class="VfPpkd-Bz112c-LgbsSe"></button>
<button aria-label="Help Centre" class="VfPpkd-Bz112c-LgbsSe"></button><a class="VfPpkd-LgbsSe" href="https://accounts.google.com/ServiceLogin">Sign in</a>
</div></header>
<div class="FpiDp"><c-wiz class="SSPGKf Czez9d" jsrenderer="vbu2xb"><div class="Fd93Bb F5UCq p5VxAd"><h1 itemprop="name">
<span class="AfwdI">${gpTitle}</span></h1>
</div><div class="tv4jIf"><div class="Vbfug auoIOc"><a href="/store/apps/dev?id=7311028845502197344"><span>${gpDev}</span></a></div>
<div class="ulKokd"><div class="bGJWSe"><span class="UIuSk">Contains ads</span><span class="UIuSk">In-app purchases</span></div></div></div>
<div class="JU1wdd"><div class="l8YSdd"><div class="w7Iutd">${gpStats.map((t) => `<div class="wVqUob"><div class="ClM7O">${t}</div></div>`).join('')}</div>
</div></div>
<div class="kk8pBf"><button class="VfPpkd-LgbsSe-OWXEXe-k8QpJ" aria-label="Install on more devices">Install</button><button aria-label="Share">Share</button>
<button aria-label="Add to wishlist">Add to wishlist</button></div><div class="bGJWSe"><span>This app is available for all of your devices</span></div>
<div class="Bqq9Cd" role="list">${'<div role="listitem"><img class="T75of B5GQxf" alt="Screenshot image" src="/s.png"></div>'.repeat(6)}</div>
<section class="HcyOxe"><header class="HcyOxe-header"><div class="VMq4uf"><h2 class="XfZNbf">About this app</h2></div>
<button class="VfPpkd-Bz112c-LgbsSe" aria-label="See more information on About this app"></button></header>
<div class="SfzRHd"><div class="bARER" data-g-id="description">${gpIntro.join('<br><br>')}<br><br><b>${gpH1}</b><br>${gpFeatures
  .map((t) => `• ${t}`)
  .join('<br>')}<br><br><b>${gpH2}</b><br>${gpPro.join('<br><br>')}</div>
<div class="TKjAsc"><div class="lXlx5">Updated on</div><div class="xg1aie">Nov 24, 2025</div></div>
<div class="Uc6QCc">${gpChips.map((t) => `<div class="VfPpkd-LgbsSe"><span>${t.replace(/&/g, '&amp;')}</span></div>`).join('')}</div></div></section>
<section class="HcyOxe"><header><h2 class="XfZNbf">Data safety</h2></header><div class="ivTO9c">${gpSafety[0]}</div>
<div class="XGHsbd">${gpSafety
  .slice(1)
  .map((t) => `<div class="wGcURe"><div>${t}</div></div>`)
  .join('')}<a class="WpHeLc" href="/store/apps/datasafety?id=app.wayline.maps">See details</a></div></section>
<section class="HcyOxe"><header><h2 class="XfZNbf">Ratings and reviews</h2><span class="aTgt2e">Ratings and reviews are verified</span></header>
<div class="QP7cCe" role="tablist"><span role="tab">Phone</span><span role="tab">Tablet</span><span role="tab">Chromebook</span></div>
<div class="P4w39d"><div class="jILTFe">4.6</div><div class="EHUI5b">9.12K reviews</div>${[5, 4, 3, 2, 1]
  .map((n) => `<div class="JzwBgb" aria-label="${n} stars"><div class="Qjdn7d">${n}</div></div>`)
  .join('')}</div>
${gpReviews.map(gpReview).join('\n')}<div class="Jwxk6d"><button class="VfPpkd-LgbsSe">See all reviews</button></div></section>
<section class="HcyOxe"><header><h2 class="XfZNbf">What’s new</h2></header><div class="SfzRHd"><div itemprop="description">${gpNew}</div></div></section>
<section class="HcyOxe" aria-label="App support"><header><h2 class="XfZNbf">App support</h2></header><div class="vfQhrf">${gpSupport
  .map((t) => `<div class="pSEeg">${t}</div>`)
  .join('')}</div></section>
<section class="HcyOxe"><header><h2 class="XfZNbf">Similar apps</h2></header><ul>${links(gpSimilar, 'ULeU3b')}</ul></section>
</c-wiz></div><footer class="t3tLLd"><ul>${links(gpFoot, 'fj1xL')}</ul></footer></div>
<script nonce="pDx3m2">AF_initDataCallback({key: 'ds:5', hash: '7', data:[[null,null,null,null,["${gpTitle}"]]], sideChannel: {}});</script></body></html>`;
export const googlePlay: TestPage = {
  html: gpHtml,
  name: 'heldout51-google-play-app',
  kind: 'blog',
  // a page listing many reviews: the description under "About this app" is the body (paragraphs and bullet lines without
  // their "•"), its two bold lines its headings; "About this app" is the template's label for the whole description:
  // furniture; "What’s new" with its notes is the release log: furniture, as on the App Store page; the developer name is the
  // author line (header and the reply's name: a byline), as are "Updated on"'s date and every review's author and date; the
  // reviews, helpful counts and the "Did you find this helpful?" bar, the developer reply text, the stats row, chips, data
  // safety, ratings bars, app support panel, "Similar apps", the header tabs and the footer are furniture; the tab "Apps",
  // the "Share" button, the ratings tab "Phone" and the helpful bar's "No" are words of the body ("other apps", "Share your
  // position", "on your phone", "no account"): left out
  title: gpTitle,
  headings: [gpH1, gpH2],
  body: [...texts(gpIntro), ...gpFeatures, ...texts(gpPro)],
  bylines: [gpDev, 'Nov 24, 2025', ...gpReviews.flatMap((r) => [r.who, r.when]), 'November 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gpTabs.filter((t) => t !== 'Apps'), 'Sign in', 'Contains ads', 'In-app purchases', ...gpStats, 'Install', 'Add to wishlist',
    'This app is available for all of your devices',
    'About this app', 'Updated on', ...gpChips, 'Data safety', ...gpSafety, 'See details', 'Ratings and reviews', 'Ratings and reviews are verified',
    'Tablet', 'Chromebook', ...gpReviews.flatMap((r) => [r.text, r.helpful]), 'Did you find this helpful?', 'Yes', gpReviews[1]!.reply!.text,
    'See all reviews', 'What’s new', gpNew, 'App support', ...gpSupport, 'Similar apps', ...gpSimilar, ...gpFoot,
  ],
};
