import { type TestPage, texts } from './page-kit.js';
import { productHuntThread } from './pages-heldout49-e2.js';

/**
 * Held-out batch 49, file e: a Google Maps place page with its Reviews tab open, saved from the browser (obfuscated
 * short class names, role and aria-label attributes, google-symbols icon ligatures, APP_INITIALIZATION_STATE script):
 * the search box and left rail, the place header (photo, name, stars, review count, price, category), the Overview /
 * Menu / Reviews / About tabs, the action buttons, the rating summary with its histogram, "Write a review", the refine
 * chips and "Sort", then the reviews (reviewer, "Local Guide" line, stars, age, "New", text, visit attributes, photo
 * counts, like counters, an owner's response), the map's scale and the bottom bar (map data, country, terms, feedback).
 */
const gmName = 'Marigold Bread Co.';
interface Review {
  who: string;
  meta: string;
  stars: number;
  age: string;
  text: string;
  attrs: string[];
  scores?: string;
  photos?: number;
  likes: number;
  reply?: { age: string; text: string };
}
const gmReviews: Review[] = [
  {
    who: 'Dana Whitcombe',
    meta: 'Local Guide · 64 reviews · 210 photos',
    stars: 5,
    age: '2 weeks ago',
    likes: 6,
    photos: 4,
    attrs: ['Service', 'Take out', 'Price per person', '$10–20'],
    scores: 'Food: 5 | Service: 5 | Atmosphere: 4',
    text:
      'Worth the line. We got there at 8:15 on a Saturday and waited about twenty minutes, which moved faster than it looked. The ' +
      'cardamom knots are the best thing here, sticky and not too sweet, and the country sourdough keeps for days. Staff were ' +
      'friendly even with the rush. Seating is a handful of stools, so plan to take everything to the park across the street.',
  },
  {
    who: 'Miguel Arce',
    meta: '12 reviews · 3 photos',
    stars: 4,
    age: 'a month ago',
    likes: 2,
    attrs: [],
    text:
      'Great bread, slightly chaotic ordering. There&#39;s no clear queue for people picking up preorders versus people ordering at ' +
      'the counter, so we stood in the wrong one for ten minutes. The rye with caraway is excellent and the almond croissant was ' +
      'flaky all the way through. Would come back, would preorder.',
    reply: {
      age: '3 weeks ago',
      text:
        'Thanks Miguel, and sorry about the confusion! Since your visit we&#39;ve put up a sign for preorder pickup at the left end ' +
        'of the counter. Glad you liked the rye.',
    },
  },
  {
    who: 'Priya Natarajan',
    meta: 'Local Guide · 211 reviews · 1,480 photos',
    stars: 3,
    age: '2 months ago',
    likes: 11,
    attrs: ['Service', 'Dine in', 'Meal type', 'Breakfast'],
    scores: 'Food: 4 | Service: 3 | Atmosphere: 3',
    text:
      'The pastries are lovely but prices have crept up a lot this year. Eighteen dollars for two pastries and a coffee is steep ' +
      'for a weekday breakfast. Quality is still high, so it&#39;s fair, but this has become a treat rather than a habit for us.',
  },
  {
    who: 'Owen Falk',
    meta: '5 reviews',
    stars: 5,
    age: '3 months ago',
    likes: 0,
    photos: 1,
    attrs: [],
    text:
      'Ordered a birthday cake two days ahead and they fit us in without any fuss. Chocolate with salted caramel, and it was gone ' +
      'within the hour. They even wrote the name in icing in two languages when I asked.',
  },
  {
    who: 'Jules Moreau',
    meta: 'Local Guide · 43 reviews',
    stars: 5,
    age: '4 months ago',
    likes: 1,
    attrs: [],
    text: 'Best croissant in the city, and I will die on this hill. Go before ten or they&#39;re gone.',
  },
];
const sym = (name: string): string => `<span class="google-symbols G47vBd" aria-hidden="true" style="font-size: 18px;">${name}</span>`;
const attrs = (a: string[]): string =>
  a.length === 0
    ? ''
    : `<div class="PBK6be">${[0, 2]
        .filter((i) => i < a.length)
        .map((i) => `<div><div><span class="RfDO5c"><b>${a[i]}</b></span></div><div><span class="RfDO5c">${a[i + 1]}</span></div></div>`)
        .join('')}</div>`;
const review = (r: Review, i: number): string => `<div class="jftiEf fontBodyMedium" aria-label="${r.who}" data-review-id="ChZDSUhNMG9nS0VJQ0FnTUR${i}rN2pR">
<div class="jJc9Ad"><div class="GHT2ce NsCY4"><button class="WEBjve" aria-label="Photo of ${r.who}"
data-href="https://www.google.com/maps/contrib/10944${i}/reviews">
<img class="NBa7we" src="https://lh3.googleusercontent.com/a-/ALV-UjX${i}=w36-h36-p-rp-mo-br100" alt=""></button><div class="WNxzHc qLhwHc">
<button class="al6Kxe" data-href="https://www.google.com/maps/contrib/10944${i}/reviews"><div class="d4r55 fontTitleMedium">${r.who}</div><div
class="RfnDt">${r.meta}</div>
</button></div><button class="PP3Y3d S1qRNe" aria-label="Actions for ${r.who}&#39;s review">${sym('more_vert')}</button></div>
<div class="GHT2ce"><div class="DU9Pgb"><span class="kvMYJc" role="img" aria-label="${r.stars} star${r.stars === 1 ? '' : 's'}">${sym('star').repeat(5)}</span>
<span class="rsqaWe">${r.age}</span>${i === 0 ? '<span class="fzvQIb">New</span>' : ''}</div>
<div class="MyEned" lang="en" id="ChZDSUhN${i}"><span class="wiI7pd">${r.text}</span></div>${attrs(r.attrs)}${
  r.scores === undefined ? '' : `<div class="PBK6be"><span class="RfDO5c">${r.scores}</span></div>`
}${
  r.photos === undefined
    ? ''
    : `<div class="KtCyie"><button class="Tya61d" aria-label="Photo 1 on ${r.who}&#39;s review"></button>${
        r.photos > 1
          ? `<div
class="Tap5If">+${r.photos - 1}</div>`
          : ''
      }</div>`
}<div class="GBkF3d"><button class="GBkF3d" aria-label="Like">${sym('thumb_up')}${r.likes > 0 ? `<span class="pkWtMe">${r.likes}</span>` : ''}</button>
<button class="GBkF3d" aria-label="Share">${sym('share')}</button></div>${
  r.reply === undefined
    ? ''
    : `<div class="CDe7pd"><div class="nM6d2c"><span class="fontTitleSmall">Response from the owner</span> <span class="DZSIDd">${r.reply.age}</span></div>
<div class="wiI7pd">${r.reply.text}</div></div>`
}</div></div></div>`;
const gmTabs = ['Overview', 'Menu', 'Reviews', 'About'];
const gmActions = ['Directions', 'Save', 'Nearby', 'Send to phone', 'Share'];
const gmIcons = ['directions', 'bookmark_border', 'nearby', 'send_to_mobile', 'share'];
const gmRail = ['Menu', 'Saved', 'Recents', 'Get app'];
const gmChips = [
  ['All', ''],
  ['cardamom', '48'],
  ['sourdough', '36'],
  ['croissant', '27'],
  ['preorder', '12'],
];
const gmBottom = ['Map data ©2025 Google', 'United States', 'Terms', 'Privacy', 'Send Product Feedback', '200 ft'];
const gmHist: [number, number][] = [
  [5, 902],
  [4, 151],
  [3, 48],
  [2, 17],
  [1, 28],
];
const gmHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${gmName} - Google Maps</title>
<meta content="${gmName} · 1408 Larch St, Portvale, OR 97410" itemprop="name" property="og:title">
<meta content="★★★★★ · Bakery · 1408 Larch St" itemprop="description" property="og:description">
<meta name="viewport" content="initial-scale=1.0, user-scalable=no"><link rel="canonical"
href="https://www.google.com/maps/place/Marigold+Bread+Co./@44.0521,-123.0868,17z">
<style>.google-symbols{font-family:'Google Symbols';font-feature-settings:'liga'}.fontBodyMedium{font-size:.875rem;line-height:1.25rem}</style>
<script nonce="bX1l9kq">window.APP_OPTIONS=[["en","US"],null,[["https://www.google.com/maps"]]];window.APP_INITIALIZATION_STATE=[[[3461.2,-123.0868,44.0521],
[0,0,0],[1024,768],13.1],null,null,null,null,null,["0ahUKEwi"],null,null,null,null,null,null,"${gmName}"];</script></head>
<body jstcache="0" class="LoJzbe keynav-mode-off"><div id="app-container" class="vasquette id-app-container y2iKwd Ag0ry" jstcache="0">
<div id="content-container"><div class="app-vertical-widget-holder Hk4XGb">${gmRail
  .map(
    (t, i) =>
      `<button class="pzfvzf" aria-label="${t}">${sym(['menu', 'bookmark', 'history', 'phone_iphone'][i] ?? '')}<span
class="CYDR9">${i === 0 ? '' : t}</span></button>`,
  )
  .join('')}</div>
<div id="omnibox-container"><div id="omnibox-singlebox"><div id="searchbox" class="ZJ5TD"><form id="XmI62e" class="NhWQq" action="/maps/search">
<input class="searchboxinput xiQnY" id="searchboxinput" name="q" value="${gmName}" aria-label="Search Google Maps" autocomplete="off"></form>
<button id="searchbox-searchbutton" aria-label="Search" class="mL3xi"></button><button aria-label="Close" class="yAuNSb vF7Cdb"></button></div>
<button id="hArJGc" aria-label="Directions" class="hArJGc"></button></div></div>
<div class="XltNde tTVLSc" role="main" aria-label="${gmName}"><div class="m6QErb DxyBCb kA9KIf dS8AEf XiKgde" tabindex="-1">
<div class="ZKCDEc"><button class="aoRNLd kn2E5e NMjTrf lvtCsd" aria-label="Photo of ${gmName}"><img
src="https://lh3.googleusercontent.com/p/AF1QipN7=w408-h306-k-no" alt=""></button></div>
<div class="TIHn2"><div class="tAiQdd"><div class="lMbq3e"><div><h1 class="DUwDvf lfPIob"><span class="a5H0ec"></span>${gmName}<span
class="G0bp3e"></span></h1></div>
<div class="skqShb"><div class="fontBodyMedium dmRWX"><div class="F7nice"><span><span aria-hidden="true">4.7</span><span class="ceNzKf" role="img"
aria-label="4.7 stars "></span>
</span><span><span><span role="img" aria-label="1,146 reviews">(1,146)</span></span></span></div><span aria-hidden="true">·</span><span><span role="img"
aria-label="Price: $10–20">$10–20</span></span></div><div class="fontBodyMedium"><span class="mgr77e"><button
class="DkEaL">Bakery</button></span></div></div></div></div></div>
<div class="RWPxGd" role="tablist">${gmTabs
  .map(
    (t) => `<button class="hh2c6${t === 'Reviews' ? ' G7m0Af' : ''}" role="tab" aria-selected="${t === 'Reviews'}" aria-label="${t} of ${gmName}"><div
class="LRkQ2">
<div class="Gpq6kf NlVald">${t}</div></div></button>`,
  )
  .join('')}</div>
<div class="m6QErb Pf6ghf XiKgde KoSBEe ecceSd tLjsW" role="region" aria-label="Actions for ${gmName}">${gmActions
  .map(
    (t, i) => `<div class="etWJQ jym1ob kdfrQc k17Vqe WY7ZIb"><button class="g88MCb S9kvJb" aria-label="${t}">${sym(gmIcons[i] ?? '')}<div class="R8c4Qb
fontLabelMedium">${t}</div>
</button></div>`,
  )
  .join('')}</div>
<div class="m6QErb XiKgde"><div class="PPCwl"><div class="Bd93Zb"><div class="ExlQHd"><table><tbody>${gmHist
  .map(
    ([s, n]) =>
      `<tr class="BHOKXe" role="img" aria-label="${s} stars, ${n} reviews"><td class="yxmtmf fontBodyMedium">${s}</td><td class="ujEXxd"><div class="oxIpGd"
style="padding-left: ${Math.round((n / 902) * 100)}%"></div></td></tr>`,
  )
  .join(
    '',
  )}</tbody></table></div><div class="jANrlb"><div class="fontDisplayLarge">4.7</div><div role="img" class="fontBodySmall">1,146 reviews</div></div></div>
<button class="g88MCb S9kvJb" aria-label="Write a review">${sym('rate_review')}<div class="R8c4Qb fontLabelMedium">Write a review</div></button></div>
<div class="m6QErb Hk4XGb" role="radiogroup" aria-label="Refine reviews">${gmChips
  .map(
    ([t, n]) => `<button class="e2moi" role="radio" aria-checked="${t === 'All'}" aria-label="${t}${n === '' ? ' reviews' : `, mentioned in ${n} reviews`}"><div
class="KNfEk">
<span class="uEubGf fontBodyMedium">${t}</span>${n === '' ? '' : `<span class="bC3Nkc fontBodySmall">${n}</span>`}</div></button>`,
  )
  .join('')}</div>
<div class="m6QErb Hk4XGb"><button class="g88MCb S9kvJb" aria-label="Search reviews">${sym('search')}</button><button class="g88MCb S9kvJb" aria-label="Most
relevant"
data-value="Sort">${sym('sort')}<span class="GMtm7c fontTitleSmall">Sort</span></button></div>
<div class="m6QErb XiKgde">${gmReviews.map(review).join('\n')}</div></div></div></div>
<div id="scene" class="widget-scene"><canvas class="widget-scene-canvas" width="1024" height="768"></canvas></div>
<div class="app-bottom-content-anchor"><button class="yHc72 qk5Wte" aria-label="Layers"><span class="Yr7JMd-text">Layers</span></button>
<div id="runway-expand-button"><button aria-label="Collapse side panel"></button></div><div class="LmyCHf">${gmBottom
  .map((t) => `<span class="ImGhxc"><button class="qRtSKb">${t}</button></span>`)
  .join('')}</div></div>
<div class="gb_Na"><a class="gb_A gb_Xa gb_nd" aria-label="Sign in" href="https://accounts.google.com/ServiceLogin?hl=en&amp;service=local">Sign in</a></div>
</div></div></body></html>`;
const mapsPlace: TestPage = {
  html: gmHtml,
  name: 'heldout49-google-maps-reviews',
  kind: 'forum',
  // the place's name (the h1) is the title; with the Reviews tab open the reviews are the posts of the page: every review's
  // text and the owner's response are body; reviewers' names and review ages, and the response's age, are bylines (each
  // once); "Local Guide" lines, stars, "New", visit attributes and score lines, photo counts, the "Response from the owner"
  // label, the place header (rating, review count, price, category), tabs, action buttons, the rating summary, "Write a
  // review", "Sort", the left rail, the map's scale and bottom bar, "Sign in" and the icon-font ligature names ("more_vert",
  // "thumb_up", ...: text in the DOM, drawn as icons) are furniture; the refine chips ("All", "cardamom", "sourdough", ...),
  // the attribute "Breakfast" and the tab "About" are words of the reviews: left out
  title: gmName,
  headings: [],
  body: texts(gmReviews.flatMap((r) => (r.reply === undefined ? [r.text] : [r.text, r.reply.text]))),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    ...gmReviews.flatMap((r) => [r.who, r.age]), '3 weeks ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gmRail.slice(1), '4.7', '(1,146)', 'Bakery', ...gmTabs.filter((t) => t !== 'About'), ...gmActions, '1,146 reviews', 'Write a review', 'Sort',
    ...gmReviews.map((r) => r.meta), 'New', 'Take out', 'Price per person', '$10–20', 'Dine in', 'Meal type', 'Service',
    'Food: 5 | Service: 5 | Atmosphere: 4', 'Food: 4 | Service: 3 | Atmosphere: 3', '+3', 'Response from the owner', 'Layers', ...gmBottom, 'Sign in',
    'more_vert', 'star', 'thumb_up', 'bookmark', 'history', 'phone_iphone', 'bookmark_border', 'send_to_mobile', 'rate_review', 'search',
  ],
};

export const HELDOUT49_E: readonly TestPage[] = [mapsPlace, productHuntThread];
