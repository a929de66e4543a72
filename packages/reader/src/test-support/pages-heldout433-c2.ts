import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file c2: an attraction listing on a Tripadvisor-style travel review site (obfuscated class names and
 * data-automation hooks, header tabs, breadcrumb, rating bubbles with their svg titles, ranking line, About box with
 * duration and hours, review filters with rating counts, review cards with reviewer, contributions, visit date, "Written"
 * date and the review disclaimer, a manager's response, "Nearby attractions", footer and the Didomi consent notice).
 */
const lTitle = 'Tidewater Pier & Pleasure Gardens';
const lAbout = [
  j(
    'A Victorian pleasure pier stretching 400 metres into Brinmouth Bay, with a family funfair at the far end, an arcade, a',
    'wooden helter-skelter and the restored 1911 carousel. The gardens at the landward end have a bandstand, crazy golf and',
    'summer concerts. Entry to the pier is free; rides are paid for with tokens or a wristband.',
  ),
];
interface Review {
  who: string;
  from: string;
  contrib: string;
  bubbles: string;
  title: string;
  when: string;
  text: readonly string[];
  written: string;
}
const reviews: readonly Review[] = [
  {
    who: 'Hannah W',
    from: 'Leeds, UK',
    contrib: '38 contributions',
    bubbles: '5 of 5 bubbles',
    title: 'Proper seaside day out',
    when: 'Mar 2026 • Family',
    text: [
      j(
        'We bought the all-day wristband for the kids (£14 each) and it paid for itself by lunchtime. The carousel is beautiful',
        'and the staff let our youngest ride it three times in a row because there was no queue.',
      ),
      'Go early, as the pier gets busy after 1pm and the crazy golf has only one course.',
    ],
    written: 'Written 16 March 2026',
  },
  {
    who: 'GrahamTravels',
    from: 'Cardiff, UK',
    contrib: '211 contributions',
    bubbles: '3 of 5 bubbles',
    title: 'Lovely pier, tired funfair',
    when: 'Feb 2026 • Couples',
    text: [
      j(
        'The walk out along the boards is wonderful, especially at sunset, and the gardens are well kept. The funfair itself feels',
        'a bit past its best: two rides were closed and the arcade was very loud. Tokens are poor value if you only want one go on',
        'the helter-skelter.',
      ),
    ],
    written: 'Written 2 March 2026',
  },
  {
    who: 'Marisol_E',
    from: 'Bristol, UK',
    contrib: '12 contributions',
    bubbles: '4 of 5 bubbles',
    title: 'Great for little ones',
    when: 'Oct 2025 • Family',
    text: [
      j(
        'Our four-year-old loved the teacups and the mini coaster, which had no height limit for children riding with an adult.',
        'Baby change in the gardens was clean. Food on the pier is pricey, so we took a picnic to the bandstand.',
      ),
    ],
    written: 'Written 30 October 2025',
  },
  {
    who: 'PeteAndSal',
    from: 'Hollinbeck, UK',
    contrib: '57 contributions',
    bubbles: '2 of 5 bubbles',
    title: 'Windy and closed at the end',
    when: 'Jan 2026 • Couples',
    text: [
      j(
        'We knew it was out of season, but nothing told us the funfair end of the pier was shut on weekdays until we had walked',
        'all the way out in a gale. The café at the gardens end was warm and friendly and the cakes were good, which saved the',
        'afternoon. Check the opening days on the pier’s own website before you go in winter.',
      ),
    ],
    written: 'Written 19 January 2026',
  },
];
const response = [
  j(
    'Thank you for your feedback, Graham. Both rides were closed for their winter inspection and reopened on 14 March, and',
    'we have since introduced single-ride tokens for the helter-skelter. We hope to welcome you back this summer.',
  ),
];
const lTabs = ['Discover', 'Trips', 'Review', 'Sign in'];
const lCrumbs = ['Europe', 'United Kingdom', 'England', 'Brinmouth', 'Things to do in Brinmouth'];
const lFilters: readonly (readonly [string, string])[] = [
  ['Excellent', '702'],
  ['Very good', '391'],
  ['Average', '128'],
  ['Poor', '41'],
  ['Terrible', '22'],
];
const lNearby = ['Brinmouth Lifeboat Station', 'Castle Hill Cliff Railway', 'Seacombe Model Village'];
const lFoot = ['About Roamwise', 'Careers', 'Trust & Safety', 'Contact us', 'Terms of Use', 'Privacy and Cookies Statement', 'Site Map'];
const disclaimer = j(
  'This review is the subjective opinion of a Roamwise member and not of Roamwise LLC. Roamwise performs checks on reviews as',
  'part of our industry-leading trust & safety standards.',
);
const bub = (id: string, t: string): string => `<svg viewBox="0 0 128 24" width="88" height="16" class="UctUV d H0" aria-labelledby=":lithium-${id}:">
<title id=":lithium-${id}:">${t}</title><path d="M 12 0C5.388 0 0 5.388 0 12s5.388 12 12 12 12-5.38 12-12c0-6.612-5.38-12-12-12z"></path></svg>`;
const card = (r: Review, i: number): string => `<div data-automation="reviewCard" class="_c"><div class="mwPje f M k"><div class="XExLl f u o">
<a class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS" href="/Profile/${r.who}">${r.who}</a><div class="biGQs _P pZUbB osNWb"><span>${r.from}</span>
<span class="IugUm">${r.contrib}</span></div></div></div>${bub(`r${i}`, r.bubbles)}
<div class="biGQs _P fiohW qWPrE ncFvv fOtGX"><a href="/ShowUserReviews-r93${i}"
class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"><span class="yCeTE">${r.title}</span></a></div>
<div class="RpeCd">${r.when}</div><div class="_T FKffI"><div class="fIrGe _T bgMZj"><div class="biGQs _P pZUbB KxBGd"><span class="JguWG">
${r.text.map((t) => `<span class="yCeTE">${t}</span><br>`).join('\n')}</span></div></div></div>
<div class="TreSq"><div class="biGQs _P pZUbB ncFvv osNWb">${r.written}</div><div class="biGQs _P pZUbB xUqsL ncFvv osNWb">${disclaimer}</div></div>
<button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ sOtnj"
aria-label="Click to add helpful vote"><span class="biGQs _P FwFXZ">Helpful</span></button>
${
  i === 1
    ? `<div class="ajLyw"><div class="biGQs _P fiohW qWPrE ncFvv fOtGX">Response from Dana R, General Manager at Tidewater Pier</div>
<div class="biGQs _P pZUbB ncFvv osNWb">Responded 5 March 2026</div><div class="biGQs _P pZUbB KxBGd"><span class="JguWG">${response[0] ?? ''}</span></div>
<div class="biGQs _P pZUbB xUqsL ncFvv osNWb">This response is the subjective opinion of the management representative and not of Roamwise LLC.</div></div>`
    : ''
}
</div>`;
const lHtml = `<!DOCTYPE html><html lang="en-GB" class="js"><head><meta charset="utf-8">
<title>TIDEWATER PIER &amp; PLEASURE GARDENS (Brinmouth) - All You Need to Know BEFORE You Go (with Photos)</title>
<meta name="description" content="Tidewater Pier &amp; Pleasure Gardens, Brinmouth: see 1,284 reviews, articles, and 611 photos.">
<meta property="og:title" content="Tidewater Pier &amp; Pleasure Gardens (Brinmouth)"><meta property="og:site_name" content="Roamwise">
<link rel="canonical" href="https://www.roamwise.example/Attraction_Review-g186301-d2413377-Reviews-Tidewater_Pier-Brinmouth.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Tidewater Pier & Pleasure Gardens",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.5","reviewCount":"1284"}}</script>
<script>window.__WEB_CONTEXT__={pageManifest:{routes:[{page:"Attraction_Review",params:{geo:186301,detail:2413377}}],features:["reviews_v2"]}};</script>
</head><body class="Attraction_Review rebrand_2017 desktop"><div id="lithium-root"><div class="lgbVd" data-test-target="header">
<header class="hJWvb"><a href="/" aria-label="Roamwise" class="CChdC"><img src="https://static.roamwise.example/img2/brand_refresh/logo.svg" alt=""></a>
<form class="Ohrzs" role="search"><input type="search" title="Search" placeholder="Search" name="q" class="hUpcN"></form>
<nav class="ylJni"><ul class="zzwzF">${links(lTabs, 'ImZMk')}</ul></nav></header></div>
<div class="GWaWN"><div data-automation="breadcrumbs" class="CDkbr"><ol class="lhKEN">${links(lCrumbs, 'CfWtG')}</ol></div></div>
<main class="EKoRl"><section data-automation="WebPresentation_AttractionTitleHero" class="vwOfI nlaXM"><div class="kUaIL">
<h1 class="biGQs _P egaXP rRtyp" data-automation="mainH1">${lTitle.replace(/&/g, '&amp;')}</h1>
<div class="jVDab o W f u w Dmbyv">${bub('r1', '4.5 of 5 bubbles')}<span class="biGQs _P pZUbB KxBGd">1,284 reviews</span></div>
<div class="biGQs _P pZUbB KxBGd"><a href="/Attractions-g186301">#3 of 41 things to do in Brinmouth</a></div>
<div class="wSnUp"><button type="button" class="rmyCe _G B- z _S c Wc"><span>Share</span></button><button type="button" class="rmyCe"><span>Save</span>
</button></div></div></section>
<section data-automation="WebPresentation_PoiAboutWeb" class="vwOfI nlaXM"><h2 class="biGQs _P fiohW uuBRH">About</h2>
<div class="biGQs _P pZUbB KxBGd"><div class="fIrGe _T bgMZj"><div class="_d MJ">${lAbout[0] ?? ''}</div></div></div>
<div class="AxdLK"><div class="biGQs _P pZUbB hmDzD">Suggested duration</div><div class="biGQs _P pZUbB KxBGd">2-3 hours</div></div>
<div class="AxdLK"><span class="biGQs _P pZUbB KxBGd">Open now</span><span class="biGQs _P pZUbB osNWb">10:00 AM - 8:00 PM</span></div></section>
<section data-automation="WebPresentation_PoiReviewsAndQAWeb" class="vwOfI nlaXM"><div id="REVIEWS"><h2 class="biGQs _P fiohW uuBRH">Reviews</h2>
<a href="/UserReviewEdit-g186301-d2413377" class="rmyCe _G B- z _S c Wc">Write a review</a>
<div class="aKKqH"><div class="biGQs _P fiohW hzzSG">Traveller rating</div><ul class="gTVYo">
${lFilters.map(([k, n]) => `<li class="wxXzt"><span class="biGQs _P pZUbB osNWb">${k}</span>\n<span class="biGQs _P pZUbB osNWb">${n}</span></li>`).join('\n')}
</ul></div><div class="LbPSX">
${reviews.map(card).join('\n')}
</div><div class="xkSty"><a href="/Attraction_Review-or10" aria-label="Next page" class="ui_button nav next primary">Next</a></div></div></section>
<section data-automation="WebPresentation_NearbyAttractions" class="vwOfI nlaXM"><h2 class="biGQs _P fiohW uuBRH">Nearby attractions</h2>
<ul>${links(lNearby, 'hZuqH')}</ul></section></main>
<footer class="OATSo" data-test-target="footer"><ul class="Fkxuh">${links(lFoot, 'IxTNn')}</ul>
<div class="biGQs _P pZUbB osNWb">© 2026 Roamwise LLC All rights reserved.</div></footer></div>
<div id="didomi-host" data-nosnippet="true"><div id="didomi-notice" class="didomi-notice-banner didomi-regular-notice" role="dialog">
<div class="didomi-notice-text">We and our partners use cookies and similar technologies to personalise content and ads and to measure traffic.</div>
<button id="didomi-notice-disagree-button" class="didomi-components-button"><span>Continue without agreeing</span></button>
<button id="didomi-notice-learn-more-button" class="didomi-components-button"><span>Learn more</span></button>
<button id="didomi-notice-agree-button" class="didomi-components-button"><span>Agree and close</span></button></div></div></body></html>`;
export const listing: TestPage = {
  name: 'heldout433-roamwise-attraction-listing-forum',
  kind: 'forum',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts([...lAbout, ...reviews.flatMap((r) => [r.title, ...r.text]), ...response]),
  bylines: [...reviews.flatMap((r) => [r.who, r.when, r.written]), 'Response from Dana R, General Manager at Tidewater Pier', 'Responded 5 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lTabs, ...lCrumbs.filter((c) => c !== 'Brinmouth'), '4.5 of 5 bubbles', '1,284 reviews', '#3 of 41 things to do in Brinmouth', 'Share', 'Save',
    'About', 'Suggested duration',
    '2-3 hours', 'Open now', '10:00 AM - 8:00 PM', 'Reviews', 'Write a review', 'Traveller rating', ...lFilters.flat().filter((t) => t.length > 2),
    ...reviews.flatMap((r) => [r.from, r.contrib, r.bubbles]), disclaimer, 'Helpful',
    'This response is the subjective opinion of the management representative and not of Roamwise LLC.', 'Next', 'Nearby attractions', ...lNearby,
    ...lFoot, '© 2026 Roamwise LLC All rights reserved.',
    'We and our partners use cookies and similar technologies to personalise content and ads and to measure traffic.', 'Continue without agreeing',
    'Learn more', 'Agree and close',
  ],
};
