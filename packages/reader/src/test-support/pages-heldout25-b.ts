import { links, type TestPage, texts } from './page-kit.js';
import { theHindu } from './pages-heldout25-b2.js';

/**
 * Held-out batch 25, file b: a Times of India city story (articleshow page with short hashed class names, top bar with
 * "Sign In" and "Today's ePaper", section nav and city nav, breadcrumb, headline, the byline line with desk, agency and
 * "Updated" time, share and text-size controls, a lead image with caption, the body as text runs split by <br><br> rather
 * than paragraphs, an inline image caption and an "Also read" box between runs, the Google News follow line, comments,
 * "Visual Stories", the "Trending" and "Top Stories" rails and the footer). The Hindu story of this file is in
 * pages-heldout25-b2.ts.
 */
const toTitle = 'Nashik: Retired teacher turns terrace into shelter for injured birds, treats over 1,200 in five years';
const toBody = [
  'Every morning at six, Sudha Pawar, a 62-year-old retired schoolteacher, climbs the narrow staircase to the terrace of her ' +
    'two-storey house in Anand Nagar and counts her patients. On a recent Tuesday there were 38: pigeons with torn wings, two black ' +
    'kites cut by kite string, a barn owl found in a school washroom and a koel that had flown into a glass window.',
  'Pawar, who taught biology at a municipal school for 31 years, started the shelter in 2020, when a neighbour brought her a pigeon ' +
    'with a broken leg during the lockdown. “I had nothing else to do and I knew a little about splints,” she said. “Then people ' +
    'started bringing more.”',
  'Since then, she has treated more than 1,200 birds, according to a register she maintains in old school notebooks. About 70% of ' +
    'them were released, she said. The rest either died or could not fly again and were handed over to the forest department’s ' +
    'rescue centre at Mhasrul.',
  'The busiest weeks are around Makar Sankranti, when kite-flying leaves hundreds of birds across the city injured by glass-coated ' +
    'manja. Last January, Pawar and four volunteers treated 146 birds in ten days, working in shifts through the night.',
  'Range forest officer Vikas Shinde said the department was aware of the shelter and had helped Pawar get a permit to keep protected ' +
    'species for treatment. “Citizens like her reduce the load on our centre during the festival season. We have also given her ' +
    'training in handling raptors,” he said.',
  'Pawar spends around Rs 8,000 a month on medicines, cages and feed, most of it from her pension. A local veterinarian, Dr Amol ' +
    'Jadhav, visits twice a week without charge. Residents of the colony have also started contributing grain and old bedsheets.',
  'She now wants the Nashik Municipal Corporation to set up a permanent bird treatment ward before the next kite season. “One ' +
    'terrace is not enough for a city of this size,” she said.',
];
const toLeadCap = 'Sudha Pawar feeds a rescued black kite on the terrace of her house in Anand Nagar';
const toInCap = 'Birds recovering in cages on the terrace shelter';
const toAlso = 'Manja injures over 300 birds in Nashik during Sankranti week';
const toNav = ['Home', 'City', 'India', 'World', 'Business', 'Tech', 'Cricket', 'Sports', 'Entertainment', 'TV', 'Web Series', 'Life & Style'];
const toCities = ['Mumbai', 'Pune', 'Nashik', 'Nagpur', 'Aurangabad', 'Kolhapur'];
const toCrumbs = ['News', 'City News', 'Nashik News'];
const toSizes = ['Small', 'Medium', 'Large'];
const toVisual = ['10 birds you can spot in your city this winter', '7 plants that attract butterflies to a balcony garden', 'How to help an injured bird'];
const toTrending = [
  'Nashik-Pune semi high-speed rail: land acquisition resumes',
  'Godavari ghats to get new lighting before Kumbh',
  'Onion prices fall at Lasalgaon as arrivals rise',
];
const toTop = ['Maharashtra cabinet clears new housing policy', 'Cold wave grips north Maharashtra, Niphad records 6.1°C'];
const toFoot = ['About us', 'Create Your Own Ad', 'Terms of Use and Grievance Redressal Policy', 'Privacy policy', 'Advertise with us', 'RSS'];
const toCopy = 'Copyright © 2025 Bennett, Coleman & Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service';
const toHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${toTitle} | Nashik News - Times of India</title>
<meta name="description" content="Nashik News: Every morning at six, Sudha Pawar, a 62-year-old retired schoolteacher, climbs the narrow staircase...">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${toTitle}","datePublished":"2025-11-18T08:41:00+05:30",
"author":{"@type":"Person","name":"Neha Kulkarni"},"publisher":{"@type":"NewsMediaOrganization","name":"Times Of India"}}</script>
<script>var _tpc=window._tpc||{};_tpc.msid="125012345";_tpc.section="city/nashik";window.TimesApps=window.TimesApps||{};</script>
<style>._s30J{font-size:18px;line-height:32px}.xf8Pm{color:#6b6b6b}</style></head>
<body><div id="app"><div class="contentwrapper"><header class="_1QJMS"><div class="_3vFhX">
<a href="https://timesofindia.indiatimes.com" class="_3XMsY" title="News"><span class="_2aTCE">The Times of India</span></a>
<a class="_1mjNx" href="https://epaper.timesgroup.com">Today's ePaper</a><button class="_2d6fL">Sign In</button></div>
<nav class="_1Gsh3"><ul>${links(toNav, '_2MI24')}</ul></nav><div class="_13F7k"><ul>${links(toCities, 'city_link')}</ul></div></header>
<div class="_2Vq1B"><div class="breadcrumb"><ul>${links(toCrumbs)}</ul></div>
<div class="okf2Z"><div class="_1Y-96"><h1 class="HNMDR"><span>${toTitle}</span></h1>
<div class="xf8Pm byline"><span><a
href="/toireporter/author-neha-kulkarni-479225831.cms">Neha Kulkarni</a> / TNN / Updated: Nov 18, 2025, 08:41 IST</span></div>
<div class="T22zO"><div class="xWdbz" role="button">Share</div><div class="ekHL5" role="button" aria-label="Text Size">AA<span class="_1Pme_">+ Text Size</span>
<ul class="textsize" hidden>${toSizes.map((t) => `<li>${t}</li>`).join('')}</ul></div></div></div>
<div class="wJnIp"><div class="_1ZyDm"><figure class="_3T0ZV"><img src="https://static.toiimg.com/thumb/msid-125012346,width-1280,resizemode-4/125012346.jpg"
alt="${toLeadCap}" width="1280" height="720"><figcaption class="_3lPnB">${toLeadCap}</figcaption></figure></div>
<div class="_s30J clearfix  " data-articlebody="1">NASHIK: ${toBody[0]}<br/><br/>${toBody[1]}<br/><br/>${toBody[2]}
<div class="EgTq3 img_cptn"><img src="https://static.toiimg.com/photo/125012347.cms" alt="birds"><div class="_3eLz9">${toInCap}</div></div>
${toBody[3]}<br/><br/>${toBody[4]}<br/><br/>
<div class="_2dm9E readAlso"><span class="_1uUzs">Also read</span><a href="/city/nashik/manja-injures-birds/articleshow/117284912.cms">${toAlso}</a></div>
${toBody[5]}<br/><br/>${toBody[6]}</div>
<div class="_2JPvB"><span>Follow us on</span> <a href="https://news.google.com/publications/CAAqBwgKMNCm7ggw4_c">Google News</a></div>
<div class="_1CkN8 comments"><div class="_3A5vz"><h3>Comments (3)</h3><a href="#comments">Start a Conversation</a></div>
<div class="_2mG8f" data-comment-count="3"><button>Post comment</button></div></div></div></div>
<section class="_3lZ1R visual-stories"><h2>Visual Stories</h2><ul>${links(toVisual, 'vs_item')}</ul></section></div>
<aside class="_1Dx5Z rhs"><div class="_2eTZT"><h2>Trending</h2><ul>${links(toTrending)}</ul></div>
<div class="_2eTZT"><h2>Top Stories</h2><ul>${links(toTop)}</ul></div><div class="ad_slot" id="div-gpt-ad-ATF_300"><span>Advertisement</span></div></aside>
<footer class="_3ZVjC"><div class="_1VwpA">FOLLOW US ON SOCIAL MEDIA</div><ul>${links(toFoot, 'ft_link')}</ul><p
class="_1ZtV4">${toCopy.replace('&', '&amp;')}</p>
</footer></div></div>
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=593671331875494&amp;ev=PageView&amp;noscript=1"></noscript>
</body></html>`;
const timesOfIndia: TestPage = {
  html: toHtml,
  name: 'heldout25-times-of-india-story',
  kind: 'news',
  // the body runs between <br><br> are the paragraphs (the template has no <p>); the dateline "NASHIK:" opens the first run and
  // is a byline, so the first paragraph starts after it; the byline line (reporter, "TNN" desk, "Updated:" time) is one byline
  // text as the page sets it; the lead and inline image captions, the "Also read" box inside the body, the Google News line,
  // share and text-size controls, breadcrumb, nav, city nav, comments, "Visual Stories", the rails, ad label and footer are
  // furniture; the city nav's "Nashik" is the dateline's word (left out; "Nashik News" is kept in the breadcrumb)
  title: toTitle,
  headings: [],
  body: texts(toBody),
  bylines: ['NASHIK:', 'Neha Kulkarni / TNN / Updated: Nov 18, 2025, 08:41 IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Times of India', "Today's ePaper", 'Sign In', ...toNav, ...toCities.filter((c) => c !== 'Nashik'), ...toCrumbs, 'Share', 'AA', '+ Text Size',
    ...toSizes, toLeadCap, toInCap, 'Also read', toAlso, 'Follow us on', 'Google News', 'Comments (3)', 'Start a Conversation', 'Post comment',
    'Visual Stories', ...toVisual, 'Trending', ...toTrending, 'Top Stories', ...toTop, 'Advertisement', 'FOLLOW US ON SOCIAL MEDIA', ...toFoot, toCopy,
  ],
};

export const HELDOUT25_B: readonly TestPage[] = [timesOfIndia, theHindu];
