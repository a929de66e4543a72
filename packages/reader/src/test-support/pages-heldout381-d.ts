import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout381-kit.js';

/**
 * Held-out batch 381, file d: a Rightmove-style property to rent (CSS-module hashed classes, the street address as h1,
 * rent per month and week, added-on line, letting details, key features, the agent's property description, floorplan and
 * map tabs, council tax and stations, agent card with branch phone, similar properties, cookie banner, footer) and a
 * Freecycle-style group post (Vue app markup, group header and menu, OFFER post with poster and date, reply form,
 * group info and other posts sidebar, ad slot, donate banner, footer).
 */
const rmTitle = 'Quarry Lane, Hallowford, HF2';
const rmFeatures = [
  'Two double bedrooms in a converted stone mill',
  'Open-plan kitchen and living room with exposed beams',
  'Allocated parking space and secure bike store',
  'Gas central heating, double glazing throughout',
  'Unfurnished, available from 1 April',
  'Five minutes’ walk to Hallowford station',
];
const rmDesc = [
  j(
    'A bright and characterful first-floor apartment in the Old Quarry Mill, a Grade II listed building converted into twelve',
    'homes in 2014. The apartment has been repainted throughout this spring and has new carpets in both bedrooms.',
  ),
  j(
    'The front door opens into a wide hallway with a large storage cupboard and space for coats and boots. The open-plan',
    'kitchen and living room runs the full depth of the building, with tall arched windows on two sides that look down over',
    'the mill race. The kitchen has an integrated oven, hob, fridge-freezer and dishwasher, and a separate utility cupboard',
    'houses the washer-dryer.',
  ),
  j(
    'The principal bedroom has fitted wardrobes and a small en-suite shower room. The second bedroom is also a comfortable',
    'double and would suit a guest room or study. The family bathroom has a bath with a shower over and a heated towel rail.',
  ),
  j(
    'Outside there is one allocated parking space in the residents’ courtyard, a covered and locked bike store, and a shared',
    'garden along the river with seating. Bins are collected weekly from the courtyard.',
  ),
  j(
    'Hallowford’s high street, with a supermarket, independent shops and two pubs, is a short walk away, and the station has',
    'direct trains to the city in about forty minutes. The property is let unfurnished. Sorry, no smokers; pets considered.',
  ),
  j(
    'Holding deposit of one week’s rent. Tenants will need to pass referencing, and the landlord asks for a minimum tenancy of',
    'twelve months. Please contact the branch to arrange a viewing.',
  ),
];
const rmLet: [string, string][] = [
  ['Let available date:', '01/04/2026'],
  ['Deposit:', '£1,326'],
  ['Min. Tenancy:', '12 months'],
  ['Let type:', 'Long term'],
  ['Furnish type:', 'Unfurnished'],
];
const rmSimilar = ['2 bedroom flat, Millbank Court, Hallowford', '1 bedroom apartment, Station Road, Hallowford', '2 bedroom cottage, Weir Row, Ebbstone'];
const rmFoot = ['About Rightmove', 'Contact us', 'Careers', 'Help', 'Terms of use', 'Privacy policy', 'Cookies', 'Sitemap'];
const h = (n: string): string => `_${n}`;
const rmHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>2 bedroom flat to rent in ${rmTitle}, HF2 - Rightmove</title>
<meta name="description" content="2 bedroom flat for £1,150 pcm. A bright and characterful first-floor apartment in the Old Quarry Mill.">
<meta property="og:title" content="2 bedroom flat to rent in ${rmTitle}"><link rel="canonical" href="https://www.rightmove.example/properties/158223410">
<script>window.PAGE_MODEL = {"propertyData":{"id":"158223410","channel":"RES_LET","bedrooms":2,"prices":{"primaryPrice":"£1,150 pcm"}},
"metadata":{"publicsiteUrl":"https://www.rightmove.example"}};</script>
<link rel="stylesheet" href="https://www.rightmove.example/dist/property-details/main.3c1f2e.css"></head>
<body><div id="root"><div id="cookie-consent" class="${h('1yB2tJ3kl3Xy8eLNd9XiKs')}"><p>We use cookies to improve your experience, to analyse
traffic and to show you relevant ads.</p><button>Accept all</button><button>Reject all</button><button>Cookie settings</button></div>
<header class="${h('3jdwqTsYHRw0Ua2NXmA43s')}"><a href="/" aria-label="Rightmove home">Rightmove</a><nav><ul>${links([
  'Buy',
  'Rent',
  'House prices',
  'Find agent',
  'Commercial',
  'Inspire',
])}</ul></nav><a href="/login">Sign in</a></header>
<main class="${h('1tDqGeysqGJUgXfaOHVtWT')}"><div class="${h('2O8ieF4IXSBmoI3SnEXjsM')}"><a href="/property-to-rent/Hallowford.html">Back to
search results</a></div>
<div class="${h('2TqQt-Hr9MN0c0wH7p7Z5p')}" data-testid="gallery"><img src="https://media.rightmove.example/dir/158k/158223410/IMG_00.jpeg"
alt="Picture No. 1"><span>1/14</span><button>Floorplan</button><button>Map</button><button>Street view</button></div>
<div class="${h('1KCWj_-6e8-7_oJv_prX0H')}"><h1 itemprop="streetAddress" class="${h('2uQQ3SV0eMHL1P6t5ZDo2q')}">${rmTitle}</h1>
<div class="${h('1gfnqJ3Vtd1z40MlC0MzXu')}"><span>£1,150 pcm</span></div><div class="${h('1hV1kqpVceE9m-QrX_hWDN')}">£265 pw</div>
<div class="${h('2nk2x6QhNB1UrxdI5KpvaF')}">Added on 02/03/2026</div>
<div class="${h('3mqo4prndvEDFoh4cDJw_n')}"><span>Property type</span> <span>Flat</span> <span>Bedrooms</span> <span>×2</span>
<span>Bathrooms</span> <span>×2</span></div>
<button class="${h('3ZUdo1y_c6SMkMdRH8FXpi')}">Save</button><button class="${h('3ZUdo1y_c6SMkMdRH8FXpi')}">Share</button></div>
<article class="${h('2CdMEPuAVXHxzb5evl1Rb8')}"><h2 class="${h('1kqe2Dil-WjHxxc6Gt7dZF')}">Letting details</h2><dl>${rmLet
  .map(([k, v]) => `<div class="${h('2RnXSVJcWbWv4IpBC1Sng6')}"><dt>${k}</dt> <dd>${v}</dd></div>`)
  .join('\n')}</dl></article>
<article class="${h('2CdMEPuAVXHxzb5evl1Rb8')}"><h2 class="${h('1kqe2Dil-WjHxxc6Gt7dZF')}">Key features</h2>
<ul class="${h('1uI3IvdF5sIuBtRIvKrreQ')}">${rmFeatures.map((t) => `<li class="lIhZ24u1NHMa5Y6gDH90A">${t}</li>`).join('')}</ul></article>
<article class="${h('2CdMEPuAVXHxzb5evl1Rb8')}"><h2 class="${h('1kqe2Dil-WjHxxc6Gt7dZF')}">Property description</h2>
<div class="OD0O7FWw1TjbTD4sdRi1_"><div class="STw8udCxUaBUMfOOZu0iL">${rmDesc.join('<br><br>\n')}</div></div></article>
<section class="${h('2CdMEPuAVXHxzb5evl1Rb8')}"><h2>Council Tax</h2><p>Band: C</p><h2>Nearest stations</h2><ul>
<li>Hallowford (0.3 miles)</li><li>Ebbstone (2.1 miles)</li></ul><h2>Broadband</h2><p>Ultrafast 1000Mb available</p></section>
<aside class="${h('3h9hEA0MqVWnFbLcvwHVaa')}" data-testid="agent-card"><h2>Marketed by</h2><a href="/estate-agents/agent/Ashdown-and-Pell/Hallowford-21817.html"
class="RPNfwwZBarvBLs58-mdN8">Ashdown &amp; Pell Lettings, Hallowford</a><p>14 Market Square, Hallowford, HF1 2LP</p>
<a href="tel:01632960412">Call agent 01632 960412</a><a href="#email-agent">Request to view</a>
<a href="/estate-agents/agent/Ashdown-and-Pell/Hallowford-21817.html#properties">More properties from this agent</a></aside>
<section data-testid="similar-properties"><h2>Similar properties</h2><ul>${links(rmSimilar)}</ul></section>
<p class="${h('2Y7r6xkUIqo0JE3qZrW8b4')}">Property reference: HAL260087. The information displayed about this property comprises a property
advertisement. Rightmove makes no warranty as to the accuracy or completeness of the advertisement.</p></main>
<footer class="${h('3mWvCq2F5MPoOr5xRY7Fg1')}"><ul>${links(rmFoot)}</ul><p>© Rightmove plc 2000-2026</p></footer></div>
<script src="https://www.rightmove.example/dist/property-details/main.3c1f2e.js"></script></body></html>`;
const rightmove: TestPage = {
  name: 'heldout381-rightmove-rental',
  kind: 'docs',
  html: rmHtml,
  title: rmTitle,
  headings: ['Key features', 'Property description'],
  body: texts([...rmFeatures, ...rmDesc]),
  bylines: ['Added on 02/03/2026', 'Ashdown & Pell Lettings, Hallowford'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience, to analyse traffic and to show you relevant ads.', 'Accept all', 'Reject all', 'Cookie settings',
    'Rightmove', 'Buy', 'Rent', 'House prices', 'Find agent', 'Commercial', 'Inspire', 'Sign in', 'Back to search results', '1/14', 'Floorplan',
    'Street view', '£1,150 pcm', '£265 pw', 'Property type', 'Flat', 'Bathrooms', 'Save', 'Share', 'Letting details',
    ...rmLet.map(([k]) => k), '01/04/2026', '£1,326', '12 months', 'Long term', 'Council Tax', 'Band: C', 'Nearest stations',
    'Hallowford (0.3 miles)', 'Ebbstone (2.1 miles)', 'Broadband', 'Ultrafast 1000Mb available', 'Marketed by', '14 Market Square, Hallowford, HF1 2LP',
    'Call agent 01632 960412', 'Request to view', 'More properties from this agent', 'Similar properties', ...rmSimilar,
    'Property reference: HAL260087. The information displayed about this property comprises a property advertisement.',
    'Rightmove makes no warranty as to the accuracy or completeness of the advertisement.', ...rmFoot, '© Rightmove plc 2000-2026',
  ],
};

const fcTitle = 'OFFER: Upright piano, free to a good home (Westbury Rise)';
const fcBody = [
  j(
    'We are offering our upright piano to anyone who will play it. It is a Hallam & Rusk overstrung upright from the 1960s in',
    'a walnut case, bought second hand for our daughter, who has now left home and taken up the cello instead.',
  ),
  j(
    'It was last tuned about eighteen months ago and still sounds pleasant, although a tuner told us it sits a little below',
    'concert pitch and would need two tunings to bring it back up. All the keys work. Two of the ivory-style key tops have small',
    'chips, and the sustain pedal squeaks a little unless you oil it.',
  ),
  j(
    'The important part: it is very heavy, roughly 200kg, and it is in a first-floor front room with a straight flight of',
    'stairs down to the front door. You will need to bring at least three strong people or, much better, pay a piano mover.',
    'Local movers quote around 90 to 120 for a move within the town. We cannot help carry it, as my husband has a bad back.',
  ),
  j(
    'The matching stool is included, with a lift-up seat full of old grade books and some hymn music if anyone wants it.',
    'We would like it gone within the next three weeks, as the room is being turned into a bedroom.',
  ),
  j(
    'Please reply with when you could collect and how you plan to move it. We will pick whoever can take it soonest, not',
    'simply the first reply. Collection only from Westbury Rise.',
  ),
];
const fcMenu = ['Home', 'My Groups', 'Post', 'Friends', 'Settings', 'Help'];
const fcOther = ['OFFER: Garden bench, needs sanding', 'WANTED: Moving boxes', 'OFFER: Children’s books, ages 5 to 8', 'TAKEN: Chest freezer'];
const fcFoot = ['About Freecycle', 'Donate', 'Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Contact Us'];
const fcHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fcTitle} | Hallowford Freecycle</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${fcTitle}">
<meta property="og:description" content="We are offering our upright piano to anyone who will play it.">
<link rel="stylesheet" href="https://my.freecycle.example/css/app.css?id=82f1c9">
<script>window.__FC__={"groupId":71022,"postId":88417312,"auth":false};</script>
</head><body><div id="app" data-v-app=""><div class="cookie-notice" data-v-4c1f2a10=""><p data-v-4c1f2a10="">This site uses cookies. By continuing to
browse you agree to our use of cookies.</p><button class="btn btn-sm btn-success" data-v-4c1f2a10="">Got it</button></div>
<nav class="navbar navbar-expand-lg" data-v-6d2e1b33=""><a class="navbar-brand" href="/">The Freecycle Network</a><ul class="navbar-nav">
${links(fcMenu, 'nav-item')}</ul><a class="btn btn-outline-light" href="/login">Log In</a><a class="btn btn-light" href="/signup">Sign Up</a></nav>
<div class="group-header" data-v-1a9b3f77=""><h2 class="group-name">Hallowford Freecycle</h2><p class="group-tagline">Keeping good stuff out of
landfill since 2004</p></div>
<div class="container"><div class="row"><div class="col-md-8"><div class="post-details card" data-v-52e9a0c4="">
<div class="card-header"><span class="badge badge-offer">OFFER</span><h1 class="post-title">${fcTitle}</h1></div>
<div class="card-body"><div class="post-meta"><span class="post-author">Posted by: Gwen Marchetti</span>
<span class="post-date">Posted: Mar 3, 2026 6:41 PM</span><span class="post-location">Location: Westbury Rise</span></div>
<img class="post-image img-fluid" src="https://images.freecycle.example/wp/88417312-1.jpg" alt="Upright piano">
<div class="post-description">${fcBody.map((t) => `<p>${t.replace(/&/g, '&amp;')}</p>`).join('\n')}</div></div>
<div class="card-footer"><button class="btn btn-primary">Reply</button><button class="btn btn-link">Report this post</button>
<span class="post-id">Post ID: 88417312</span></div></div>
<div class="reply-form card" data-v-52e9a0c4=""><h3>Reply to Gwen Marchetti</h3><textarea placeholder="Write your reply"></textarea>
<p class="form-text">Your email address will not be shown to the poster.</p><button class="btn btn-success">Send Reply</button></div></div>
<div class="col-md-4"><div class="card group-info"><h3>Group info</h3><p>Members: 8,412</p><p>Moderated by the Hallowford volunteers</p>
<a href="/town/Hallowford/rules">Group rules</a></div>
<div class="card other-posts"><h3>Other posts in this group</h3><ul>${links(fcOther)}</ul><a href="/town/Hallowford">See all posts</a></div>
<div class="card ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-fc-right"></div></div>
<div class="card donate"><p>Freecycle is run by volunteers and supported by donations.</p><a href="/donate" class="btn btn-warning">Donate now</a></div>
</div></div></div>
<footer class="footer"><ul>${links(fcFoot)}</ul><p>© 2026 The Freecycle Network. All rights reserved.</p></footer></div>
<script src="https://my.freecycle.example/js/app.js?id=0e7d1c"></script></body></html>`;
const freecycle: TestPage = {
  name: 'heldout381-freecycle-group-post',
  kind: 'forum',
  html: fcHtml,
  title: fcTitle,
  headings: [],
  body: texts(fcBody),
  bylines: ['Posted by: Gwen Marchetti', 'Posted: Mar 3, 2026 6:41 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies. By continuing to browse you agree to our use of cookies.', 'Got it', 'The Freecycle Network', ...fcMenu, 'Log In',
    'Sign Up', 'Hallowford Freecycle', 'Keeping good stuff out of landfill since 2004', 'Location: Westbury Rise', 'Reply', 'Report this post',
    'Post ID: 88417312', 'Reply to Gwen Marchetti', 'Your email address will not be shown to the poster.', 'Send Reply', 'Group info',
    'Members: 8,412', 'Moderated by the Hallowford volunteers', 'Group rules', 'Other posts in this group', ...fcOther, 'See all posts',
    'Advertisement', 'Freecycle is run by volunteers and supported by donations.', 'Donate now', ...fcFoot,
    '© 2026 The Freecycle Network. All rights reserved.',
  ],
};

export const HELDOUT381_D: readonly TestPage[] = [rightmove, freecycle];
